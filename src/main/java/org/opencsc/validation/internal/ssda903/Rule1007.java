package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A young person aged 17 or 18 at 31 March who was still looked after on their latest birthday (an
 * episode started on or before it and had not ended by it) is not yet a care leaver: the OC3 items
 * (IN_TOUCH, ACTIV, ACCOM) must be blank. The date of birth is the OC3 row's, else the Header's.
 */
@DfeRule(
    code = "1007",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "DOB", "DECOM", "DEC"},
    advice =
        "Leave the care leaver information blank for a young person still looked after on their"
            + " 17th or 18th birthday, or correct the episode's dates.")
final class Rule1007 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate end = child.collectionEnd();
    for (Ssda903Row oc3 : child.oc3()) {
      LocalDate dob = oc3.date("DOB") != null ? oc3.date("DOB") : child.dob();
      if (dob == null || !CareLeaver.hasInformation(oc3)) {
        continue;
      }
      if (dob.plusYears(17).isAfter(end) || !dob.plusYears(19).isAfter(end)) {
        continue; // not 17 or 18 at 31 March
      }
      LocalDate birthday = dob.withYear(end.getYear());
      if (birthday.isAfter(end)) {
        birthday = birthday.minusYears(1);
      }
      for (Ssda903Row episode : child.episodes()) {
        LocalDate decom = episode.date("DECOM");
        LocalDate dec = episode.date("DEC");
        if (decom != null && !decom.isAfter(birthday) && (dec == null || dec.isAfter(birthday))) {
          out.flag(oc3, CareLeaver.FIELDS).related(episode, "DECOM", "DEC");
          break;
        }
      }
    }
  }
}
