package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A placement for adoption with the child's foster carers (PLACE A3 or A4) must follow a foster
 * placement (A3 to A6, U1 to U6). The child's first episode in the return has no episode before it
 * here and is not checked.
 */
@DfeRule(
    code = "336",
    fields = {"PLACE"},
    advice =
        "Check the placement before the adoptive placement with the foster carers: it should be a"
            + " foster placement, or the adoptive placement type is wrong.")
final class Rule336 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = 1; i < episodes.size(); i++) {
      Ssda903Row episode = episodes.get(i);
      Ssda903Row before = episodes.get(i - 1);
      if (episode.is("PLACE", "A3", "A4")
          && !before.is("PLACE", "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")) {
        out.flag(episode, "PLACE").related(before, "PLACE");
      }
    }
  }
}
