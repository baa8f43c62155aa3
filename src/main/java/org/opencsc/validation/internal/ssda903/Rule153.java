package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The three care leaver items of an OC3 record (IN_TOUCH, ACTIV, ACCOM) are all or none given. */
@DfeRule(
    code = "153",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM"},
    advice = "Complete every care leaver item of the young person's OC3 record (or none).")
final class Rule153 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row oc3 : child.oc3()) {
      int present = 0;
      for (String field : CareLeaver.FIELDS) {
        present += oc3.present(field) ? 1 : 0;
      }
      if (present > 0 && present < CareLeaver.FIELDS.length) {
        out.flag(oc3, CareLeaver.FIELDS);
      }
    }
  }
}
