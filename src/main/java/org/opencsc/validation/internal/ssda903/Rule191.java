package org.opencsc.validation.internal.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after continuously for 12 months must have an OC2 record with immunisations, teeth
 * check, health assessment and substance misuse completed; with no OC2 record at all, the child's
 * first episode is flagged.
 */
@DfeRule(
    code = "191",
    fields = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CHILD"},
    advice =
        "Complete the child's OC2 record (immunisations, teeth check, health assessment, substance"
            + " misuse), or correct the episodes if they were not looked after all year.")
final class Rule191 implements Rule<LookedAfterChild> {

  private static final String[] REQUIRED = {
    "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"
  };

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.episodes().isEmpty() || !ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    if (child.oc2().isEmpty()) {
      out.flag(child.episodes().get(0), "CHILD");
      return;
    }
    for (Ssda903Row oc2 : child.oc2()) {
      List<String> blank = new ArrayList<>();
      for (String field : REQUIRED) {
        if (oc2.blank(field)) {
          blank.add(field);
        }
      }
      if (!blank.isEmpty()) {
        out.flag(oc2, blank.toArray(String[]::new));
      }
    }
  }
}
