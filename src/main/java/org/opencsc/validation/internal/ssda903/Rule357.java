package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child's first episode must start a period of care (RNE = S). Only a first episode that starts
 * in the collection year is checked: one that started earlier may continue a period of care
 * recorded in earlier returns.
 */
@DfeRule(
    code = "357",
    fields = {"RNE"},
    advice =
        "Check for a missing earlier episode; if there is none, set the reason for new episode to"
            + " S.")
final class Rule357 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.episodes().isEmpty()) {
      return;
    }
    Ssda903Row first = child.episodes().get(0);
    LocalDate start = first.date("DECOM");
    if (start != null && !start.isBefore(child.collectionStart()) && !first.is("RNE", "S")) {
      out.flag(first, "RNE").related(first, "DECOM");
    }
  }
}
