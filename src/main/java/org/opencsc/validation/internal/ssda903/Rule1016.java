package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A young person aged 17 or 18 at 31 March whose episode ended on or after their 17th birthday left
 * care after it: the OC3 items (IN_TOUCH, ACTIV, ACCOM) are not required and must be blank. The
 * date of birth is the OC3 row's, else the Header's.
 */
@DfeRule(
    code = "1016",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "DOB", "DEC"},
    advice =
        "Leave the care leaver information blank for a young person who left care after their"
            + " 17th birthday, or correct the date the episode ended.")
final class Rule1016 implements Rule<LookedAfterChild> {

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
      for (Ssda903Row episode : child.episodes()) {
        LocalDate dec = episode.date("DEC");
        if (dec != null && !dec.isBefore(dob.plusYears(17))) {
          out.flag(oc3, CareLeaver.FIELDS).related(episode, "DEC");
          break;
        }
      }
    }
  }
}
