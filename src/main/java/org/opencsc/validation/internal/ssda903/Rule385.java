package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode cannot end (DEC) after the end of the collection year (31 March). */
@DfeRule(
    code = "385",
    fields = {"DEC"},
    advice = "Leave the end date blank for an episode still open on 31 March, or correct the date.")
final class Rule385 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate end = episode.date("DEC");
      if (end != null && end.isAfter(child.collectionEnd())) {
        out.flag(episode, "DEC");
      }
    }
  }
}
