package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver with care leaver information (OC3 IN_TOUCH, ACTIV or ACCOM) cannot also have
 * adoption information (AD1).
 */
@DfeRule(
    code = "134",
    fields = {
      "IN_TOUCH",
      "ACTIV",
      "ACCOM",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR"
    },
    advice =
        "A child is either adopted or a care leaver: remove the adoption record or the care leaver"
            + " record, whichever is wrong.")
final class Rule134 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row leaver = null;
    for (Ssda903Row oc3 : child.oc3()) {
      if (CareLeaver.hasInformation(oc3)) {
        leaver = oc3;
      }
    }
    if (leaver == null) {
      return;
    }
    for (Ssda903Row ad1 : child.ad1()) {
      boolean adoption = false;
      for (String field : Adoption.FIELDS) {
        adoption |= ad1.present(field);
      }
      if (adoption) {
        out.flag(ad1, Adoption.FIELDS).related(leaver, CareLeaver.FIELDS);
      }
    }
  }
}
