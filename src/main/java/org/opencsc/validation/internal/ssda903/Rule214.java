package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A short break (LS V3 or V4) has no placement postcode (PL_POST) and no Ofsted URN. */
@DfeRule(
    code = "214",
    fields = {"PL_POST", "URN", "LS"},
    advice = "Leave the placement postcode and URN blank for short breaks.")
final class Rule214 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4")) {
        continue;
      }
      List<String> given = new ArrayList<>();
      for (String field : new String[] {"PL_POST", "URN"}) {
        if (episode.present(field)) {
          given.add(field);
        }
      }
      if (!given.isEmpty()) {
        out.flag(episode, given.toArray(String[]::new)).related(episode, "LS");
      }
    }
  }
}
