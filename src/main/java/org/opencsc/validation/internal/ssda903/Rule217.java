package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode from 1 April 2015 placing the child for adoption with their current foster carers
 * (PLACE A3 or A5) starts with a reason for new episode of S, T or U.
 */
@DfeRule(
    code = "217",
    fields = {"PLACE", "DECOM", "RNE"},
    advice =
        "A placement for adoption with the current foster carers changes the legal status or"
            + " placement: check the reason for the new episode.")
final class Rule217 implements Rule<LookedAfterChild> {

  private static final LocalDate FROM = LocalDate.of(2015, 4, 1);

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (episode.is("PLACE", "A3", "A5")
          && decom != null
          && !decom.isBefore(FROM)
          && !episode.is("RNE", "S", "T", "U")) {
        out.flag(episode, "RNE").related(episode, "PLACE", "DECOM");
      }
    }
  }
}
