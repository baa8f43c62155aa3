package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * For a child adopted (REC E1, E11 or E12), whether the adopters were the child's foster carers
 * (AD1 FOSTER_CARE) must agree with the adoptive placement: A2, A3 or A5 (with the foster carers)
 * cannot have FOSTER_CARE 0; A1, A4 or A6 (not with them) cannot have FOSTER_CARE 1.
 */
@DfeRule(
    code = "335",
    fields = {"PLACE", "FOSTER_CARE", "REC"},
    advice =
        "Check whether the child was adopted by their foster carers and the placement type of the"
            + " adoptive placement; correct whichever is wrong.")
final class Rule335 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("REC", "E1", "E11", "E12")) {
        continue;
      }
      for (Ssda903Row ad1 : child.ad1()) {
        boolean byFosterCarers = episode.is("PLACE", "A2", "A3", "A5");
        boolean byOthers = episode.is("PLACE", "A1", "A4", "A6");
        if ((byFosterCarers && ad1.is("FOSTER_CARE", "0"))
            || (byOthers && ad1.is("FOSTER_CARE", "1"))) {
          out.flag(episode, "PLACE").flag(ad1, "FOSTER_CARE").related(episode, "REC");
        }
      }
    }
  }
}
