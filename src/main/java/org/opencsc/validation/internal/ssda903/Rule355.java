package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** An episode that ends on the day it starts lasted less than 24 hours: it is queried. */
@DfeRule(
    code = "355",
    fields = {"DECOM", "DEC"},
    advice =
        "Check the episode: one that lasted less than a day is usually a recording error (merge it"
            + " with the next, or correct its dates).")
final class Rule355 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && start.equals(episode.date("DEC"))) {
        out.flag(episode, "DECOM", "DEC");
      }
    }
  }
}
