package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child adopted during the year (an episode ending with REC E11 or E12 in the year) needs the
 * adoption details: an AD1 row with DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and
 * LS_ADOPTR all completed.
 */
@DfeRule(
    code = "601",
    fields = {
      "REC",
      "DEC",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR"
    },
    advice = "Complete the adoption details for the child, or check the reason the episode ended.")
final class Rule601 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (!AdoptionDetails.adoptedInYear(child, episode)) {
        continue;
      }
      if (child.ad1().isEmpty()) {
        out.flag(episode, "REC").related(episode, "DEC");
      }
      for (Ssda903Row ad1 : child.ad1()) {
        List<String> blank = new ArrayList<>();
        for (String field : AdoptionDetails.FIELDS) {
          if (ad1.blank(field)) {
            blank.add(field);
          }
        }
        if (!blank.isEmpty()) {
          out.flag(ad1, blank.toArray(String[]::new)).flag(episode, "REC").related(episode, "DEC");
        }
      }
    }
  }
}
