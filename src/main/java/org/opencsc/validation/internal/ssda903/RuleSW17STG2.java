package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child still looked after on 31 March has a social worker then: their latest social worker
 * episode (by SW_DECOM) must be open (SW_DEC blank).
 */
@DfeRule(
    code = "SW17STG2",
    fields = {"SW_DEC", "SW_DECOM"},
    advice =
        "Clear the end date of the current social worker episode, or record the episode that"
            + " followed it.")
final class RuleSW17STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!SocialWorkerEpisodes.lookedAfterAtYearEnd(child)) {
      return;
    }
    Ssda903Row latest = SocialWorkerEpisodes.latest(child);
    if (latest != null && latest.present("SW_DEC")) {
      out.flag(latest, "SW_DEC");
    }
  }
}
