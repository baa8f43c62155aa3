package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child's short-term breaks are recorded one way for the whole year: each break (LS V3) or the
 * agreements (LS V4), not both.
 */
@DfeRule(
    code = "426",
    fields = {"LS"},
    advice = "Record all of the child's short breaks the same way: either V3 or V4.")
final class Rule426 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> breaks =
        child.episodes().stream().filter(e -> e.is("LS", "V3", "V4")).toList();
    boolean both =
        breaks.stream().anyMatch(e -> e.is("LS", "V3"))
            && breaks.stream().anyMatch(e -> e.is("LS", "V4"));
    if (!both) {
      return;
    }
    RuleOutput.Finding finding = out.flag(breaks.get(0), "LS");
    for (Ssda903Row episode : breaks.subList(1, breaks.size())) {
      finding.flag(episode, "LS");
    }
  }
}
