package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * No episode can start after the end of the collection year: the DfE's check compares the start
 * date (DECOM) with 31 March (385 checks the end date).
 */
@DfeRule(
    code = "354",
    fields = {"DECOM"},
    advice =
        "Correct the episode's start date, or leave the episode out of this year's return if it"
            + " starts after 31 March.")
final class Rule354 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && start.isAfter(child.collectionEnd())) {
        out.flag(episode, "DECOM");
      }
    }
  }
}
