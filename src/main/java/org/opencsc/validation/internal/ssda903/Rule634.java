package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Previous permanence details (PREV_PERM, LA_PERM, DATE_PERM) are collected for children who
 * started to be looked after on or after 1 April 2016: a child with details needs an episode
 * starting on or after that day. A child without episodes is left to other rules.
 */
@DfeRule(
    code = "634",
    fields = {"PREV_PERM", "LA_PERM", "DATE_PERM", "DECOM"},
    advice = "Remove the previous permanence details, or check the child's episode start dates.")
final class Rule634 implements Rule<LookedAfterChild> {

  private static final LocalDate FIRST_COLLECTED = LocalDate.of(2016, 4, 1);

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate latest = null;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (decom != null && (latest == null || decom.isAfter(latest))) {
        latest = decom;
      }
    }
    if (latest == null || !latest.isBefore(FIRST_COLLECTED)) {
      return;
    }
    for (Ssda903Row prev : child.prevPerm()) {
      if (prev.present("PREV_PERM") || prev.present("LA_PERM") || prev.present("DATE_PERM")) {
        out.flag(prev, "PREV_PERM", "LA_PERM", "DATE_PERM");
      }
    }
  }
}
