package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child in the Header table needs episodes, unless they are a care leaver reported only for their
 * outcomes (OC3). The DfE's portal stops validating such a child; OpenCSC runs every check the data
 * allows and reports this one as a warning of what is missing.
 */
@DfeRule(
    code = "EPI",
    fields = {"CHILD"},
    advice =
        "Load the child's episodes, or remove the Header record of a child who was not looked"
            + " after.")
final class RuleEPI implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header != null && child.episodes().isEmpty() && child.oc3().isEmpty()) {
      out.flag(header, "CHILD");
    }
  }
}
