package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A social worker episode cannot begin (SW_DECOM) after 31 March of the collection year. */
@DfeRule(
    code = "SW06STG2",
    fields = {"SW_DECOM"},
    advice = "Correct the start date, or leave the episode out of this year's return.")
final class RuleSW06STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      LocalDate start = episode.date("SW_DECOM");
      if (start != null && start.isAfter(child.collectionEnd())) {
        out.flag(episode, "SW_DECOM");
      }
    }
  }
}
