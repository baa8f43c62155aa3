package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child whose latest episode ended because care was transferred to another authority (REC = E3)
 * cannot have care leaver information (OC3 IN_TOUCH, ACTIV, ACCOM): the new authority reports it.
 */
@DfeRule(
    code = "1011",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "REC"},
    advice =
        "Leave the care leaver information blank for a child whose care was transferred to another"
            + " authority, or correct the reason the last episode ended.")
final class Rule1011 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row last = EpisodeDates.latest(child);
    if (last == null || !last.is("REC", "E3")) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (CareLeaver.hasInformation(oc3)) {
        out.flag(oc3, CareLeaver.FIELDS).related(last, "REC");
      }
    }
  }
}
