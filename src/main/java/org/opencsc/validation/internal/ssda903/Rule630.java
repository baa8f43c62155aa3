package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child who started a period of care this year (RNE = S, DECOM on or after 1 April) needs the
 * previous permanence option (PrevPerm PREV_PERM); unless it is Z1 (none, or not known), the
 * council that arranged it (LA_PERM) and the date of the order (DATE_PERM) too.
 */
@DfeRule(
    code = "630",
    fields = {"RNE", "DECOM", "PREV_PERM", "LA_PERM", "DATE_PERM"},
    advice = "Record the child's previous permanence option when they started to be looked after.")
final class Rule630 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (!episode.is("RNE", "S") || decom == null || decom.isBefore(child.collectionStart())) {
        continue;
      }
      boolean missing = child.prevPerm().isEmpty();
      for (Ssda903Row prev : child.prevPerm()) {
        missing |=
            prev.blank("PREV_PERM")
                || (!prev.is("PREV_PERM", "Z1")
                    && (prev.blank("LA_PERM") || prev.blank("DATE_PERM")));
      }
      if (missing) {
        RuleOutput.Finding finding = out.flag(episode, "RNE").related(episode, "DECOM");
        for (Ssda903Row prev : child.prevPerm()) {
          finding.related(prev, "PREV_PERM", "LA_PERM", "DATE_PERM");
        }
      }
    }
  }
}
