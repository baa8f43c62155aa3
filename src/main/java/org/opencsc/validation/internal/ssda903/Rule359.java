package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A young person still looked after (an open episode) after their 18th birthday, before the end of
 * the collection year, must be accommodated under section 20(5) (LS V2) in a community home (PLACE
 * K2).
 */
@DfeRule(
    code = "359",
    fields = {"DEC", "LS", "PLACE"},
    advice =
        "Check whether the episode should have ended at the 18th birthday; if the young person is"
            + " still looked after, record LS V2 and PLACE K2.")
final class Rule359 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate dob = child.dob();
    if (dob == null || !dob.plusYears(18).isBefore(child.collectionEnd())) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (episode.blank("DEC") && !(episode.is("LS", "V2") && episode.is("PLACE", "K2"))) {
        out.flag(episode, "LS", "PLACE").related(episode, "DEC");
      }
    }
  }
}
