package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * After a temporary placement (PLACE T0 to T4) the child returns to the placement before it: the
 * next episode's reason must be a change of placement (RNE P), with the placement type and postcode
 * of the episode before the temporary one.
 */
@DfeRule(
    code = "383",
    fields = {"PLACE", "RNE", "PL_POST"},
    advice =
        "Check the episodes around the temporary placement: the child should return to the same"
            + " placement, with the same placement type and postcode.")
final class Rule383 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 2; i < episodes.size(); i++) {
      Ssda903Row usual = episodes.get(i - 2);
      Ssda903Row temporary = episodes.get(i - 1);
      Ssda903Row after = episodes.get(i);
      if (!temporary.is("PLACE", "T0", "T1", "T2", "T3", "T4")) {
        continue;
      }
      if (!after.is("RNE", "P")
          || !after.value("PLACE").equals(usual.value("PLACE"))
          || !after.value("PL_POST").equals(usual.value("PL_POST"))) {
        out.flag(after, "PLACE", "RNE", "PL_POST")
            .related(temporary, "PLACE")
            .related(usual, "PLACE", "PL_POST");
      }
    }
  }
}
