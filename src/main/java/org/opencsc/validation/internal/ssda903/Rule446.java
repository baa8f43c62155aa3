package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** Placement orders (LS E1) began on 1 December 2005: no earlier episode can have LS E1. */
@DfeRule(
    code = "446",
    fields = {"LS", "DECOM"},
    advice = "Check the episode's legal status and start date.")
final class Rule446 implements Rule<LookedAfterChild> {

  private static final LocalDate PLACEMENT_ORDERS = LocalDate.of(2005, 12, 1);

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start != null && episode.is("LS", "E1") && start.isBefore(PLACEMENT_ORDERS)) {
        out.flag(episode, "LS", "DECOM");
      }
    }
  }
}
