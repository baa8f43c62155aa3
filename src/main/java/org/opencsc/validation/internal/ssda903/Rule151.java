package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The six adoption items of an AD1 record are all completed or all blank. */
@DfeRule(
    code = "151",
    fields = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"},
    advice = "Complete every adoption item of the child's AD1 record (or none).")
final class Rule151 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row ad1 : child.ad1()) {
      int present = 0;
      for (String field : Adoption.FIELDS) {
        present += ad1.present(field) ? 1 : 0;
      }
      if (present > 0 && present < Adoption.FIELDS.length) {
        out.flag(ad1, Adoption.FIELDS);
      }
    }
  }
}
