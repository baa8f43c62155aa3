package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child adopted from care (an episode ending E11 or E12) is not looked after again under the same
 * child ID: this year's episodes that start after the first adoption episode, in this year's return
 * or — when supplied — last year's, are flagged.
 */
@DfeRule(
    code = "199",
    fields = {"CHILD", "DECOM", "REC"},
    advice =
        "An adopted child who returns to care is recorded under a new child ID; check the child"
            + " ID of the later episodes, and the reason the earlier episode ended.")
final class Rule199 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row adoption = child.lastYear().map(Rule199::firstAdoption).orElse(null);
    if (adoption == null) {
      adoption = firstAdoption(child);
    }
    if (adoption == null) {
      return;
    }
    LocalDate adopted = adoption.date("DECOM");
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (decom != null && decom.isAfter(adopted)) {
        out.flag(episode, "CHILD").related(adoption, "DECOM", "REC");
      }
    }
  }

  private static @Nullable Ssda903Row firstAdoption(LookedAfterChild child) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.date("DECOM") != null && episode.is("REC", "E11", "E12")) {
        return episode;
      }
    }
    return null;
  }
}
