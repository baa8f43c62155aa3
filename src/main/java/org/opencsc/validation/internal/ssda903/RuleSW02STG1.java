package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A social worker ID (SW_ID) begins with SW (a registered social worker's number) or XX (not
 * known), followed by at least two more characters.
 */
@DfeRule(
    code = "SW02STG1",
    fields = {"SW_ID"},
    advice =
        "Record the social worker's Social Work England number (SW…), or XX followed by a local"
            + " reference when it is not known.")
final class RuleSW02STG1 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.swEpisodes()) {
      String id = episode.value("SW_ID");
      if (id.length() < 4 || !(id.startsWith("SW") || id.startsWith("XX"))) {
        out.flag(episode, "SW_ID");
      }
    }
  }
}
