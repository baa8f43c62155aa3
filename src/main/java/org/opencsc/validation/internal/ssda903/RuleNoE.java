package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child with an episode that started before 1 April was looked after last year: last year's
 * return must hold episodes for the child.
 */
@DfeRule(
    code = "NoE",
    fields = {"DECOM"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the start date of the episode; if it is right, last year's return is missing the"
            + " child's episodes.")
final class RuleNoE implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    boolean lastYear = child.lastYear().map(last -> !last.episodes().isEmpty()).orElse(false);
    if (lastYear) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (decom != null && decom.isBefore(child.collectionStart())) {
        out.flag(episode, "DECOM");
      }
    }
  }
}
