package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The date a social worker episode began (SW_DECOM) must be a valid date. */
@DfeRule(
    code = "SW04STG1",
    fields = {"SW_DECOM"},
    advice = "Record the date the social worker episode began as dd/mm/yyyy.")
final class RuleSW04STG1 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      if (episode.date("SW_DECOM") == null) {
        out.flag(episode, "SW_DECOM");
      }
    }
  }
}
