package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The date a social worker episode ended (SW_DEC), when given, must be a valid date (the DfE's
 * message speaks of the date it began; the check is on the end date). An episode still open has
 * none.
 */
@DfeRule(
    code = "SW05STG1",
    fields = {"SW_DEC"},
    advice = "Record the date the social worker episode ended as dd/mm/yyyy, or leave it blank.")
final class RuleSW05STG1 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      if (episode.invalidDate("SW_DEC")) {
        out.flag(episode, "SW_DEC");
      }
    }
  }
}
