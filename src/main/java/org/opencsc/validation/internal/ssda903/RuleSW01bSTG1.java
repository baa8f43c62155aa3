package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A social worker episode needs a start date (SW_DECOM); one that started on or after 1 April 2023
 * needs the social worker's ID (SW_ID) and the reason for the change (SW_REASON) too.
 */
@DfeRule(
    code = "SW01bSTG1",
    fields = {"SW_DECOM", "SW_ID", "SW_REASON"},
    advice = "Record the social worker's ID, the date the episode began and the reason for change.")
final class RuleSW01bSTG1 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      LocalDate start = episode.date("SW_DECOM");
      if (start == null) {
        out.flag(episode, "SW_DECOM");
        continue;
      }
      if (start.isBefore(RuleSW01aSTG1.REASONS_COLLECTED)) {
        continue;
      }
      List<String> blank = new ArrayList<>();
      for (String field : new String[] {"SW_ID", "SW_REASON"}) {
        if (episode.blank(field)) {
          blank.add(field);
        }
      }
      if (!blank.isEmpty()) {
        out.flag(episode, blank.toArray(String[]::new));
      }
    }
  }
}
