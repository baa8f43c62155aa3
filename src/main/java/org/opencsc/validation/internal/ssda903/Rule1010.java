package org.opencsc.validation.internal.ssda903;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child whose latest episode in last year's return was still open at 31 March must have episodes
 * this year: a care leaver (OC3) record without them is flagged.
 */
@DfeRule(
    code = "1010",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "DEC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Add this year's episodes for the child (at least the end of the episode open at the end"
            + " of last year), or close last year's episode if it ended then.")
final class Rule1010 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!child.episodes().isEmpty() || child.oc3().isEmpty()) {
      return;
    }
    Ssda903Row open = child.lastYear().map(Rule1010::openLatest).orElse(null);
    if (open == null) {
      return;
    }
    for (Ssda903Row oc3 : child.oc3()) {
      out.flag(oc3, CareLeaver.FIELDS);
    }
  }

  /** Last year's latest episode with a valid start, if it had no end date. */
  private static @Nullable Ssda903Row openLatest(LookedAfterChild last) {
    List<Ssda903Row> episodes = last.episodes();
    for (int i = episodes.size() - 1; i >= 0; i--) {
      Ssda903Row episode = episodes.get(i);
      if (episode.date("DECOM") != null) {
        return episode.blank("DEC") ? episode : null;
      }
    }
    return null;
  }
}
