package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver who was not looked after at any point of the year (no episode open between 1 April
 * and 31 March) and has care leaver information (OC3) must not have a UASC record.
 */
@DfeRule(
    code = "1014",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "DUC"},
    advice =
        "Remove the UASC record of a care leaver who was not looked after this year, or add the"
            + " episodes if they were.")
final class Rule1014 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.uasc().isEmpty()) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (EpisodeDates.inYear(child, episode)) {
        return;
      }
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (CareLeaver.hasInformation(oc3)) {
        RuleOutput.Finding finding = out.flag(oc3, CareLeaver.FIELDS);
        for (Ssda903Row uasc : child.uasc()) {
          finding.flag(uasc, "DUC");
        }
      }
    }
  }
}
