package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The child's first episode of this return, when it started before 1 April, continues last year's
 * latest episode: last year's return must hold an episode starting that day as its latest.
 */
@DfeRule(
    code = "562",
    fields = {"DECOM"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the start date of the episode open on 1 April against last year's return; it must"
            + " be the same episode with the same start date.")
final class Rule562 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row first = null;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      if (decom != null) {
        if (decom.isBefore(child.collectionStart())) {
          first = episode;
        }
        break;
      }
    }
    if (first == null) {
      return;
    }
    LocalDate latestLastYear = null;
    Ssda903Row latestRow = null;
    for (Ssda903Row episode : child.lastYear().map(LookedAfterChild::episodes).orElse(List.of())) {
      LocalDate decom = episode.date("DECOM");
      if (decom != null && (latestLastYear == null || decom.isAfter(latestLastYear))) {
        latestLastYear = decom;
        latestRow = episode;
      }
    }
    if (!first.date("DECOM").equals(latestLastYear)) {
      RuleOutput.Finding finding = out.flag(first, "DECOM");
      if (latestRow != null) {
        finding.related(latestRow, "DECOM");
      }
    }
  }
}
