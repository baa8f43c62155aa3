package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after continuously for the 12 months to 31 March neither was adopted nor left care
 * this year: their adoption (AD1) and care leaver (OC3) items are blank.
 */
@DfeRule(
    code = "187",
    fields = {
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR",
      "IN_TOUCH",
      "ACTIV",
      "ACCOM"
    },
    advice =
        "Remove the adoption or care leaver record, or correct the episodes if the child was"
            + " adopted or left care this year.")
final class Rule187 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if ((child.ad1().isEmpty() && child.oc3().isEmpty())
        || !ContinuouslyLookedAfter.at12Months(child)) {
      return;
    }
    for (Ssda903Row ad1 : child.ad1()) {
      for (String field : Adoption.FIELDS) {
        if (ad1.present(field)) {
          out.flag(ad1, Adoption.FIELDS);
          break;
        }
      }
    }
    for (Ssda903Row oc3 : child.oc3()) {
      if (CareLeaver.hasInformation(oc3)) {
        out.flag(oc3, CareLeaver.FIELDS);
      }
    }
  }
}
