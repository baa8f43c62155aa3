package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.ssda903.Ssda903Tables;

/** A child with a decision to place for adoption (PlacedAdoption) must be in the Header table. */
@DfeRule(
    code = "INT02",
    fields = {"CHILD"},
    advice = "Add the child's Header record, or correct the child ID on the PlacedAdoption record.")
final class RuleINT02 extends ChildNotInHeader {

  RuleINT02() {
    super(Ssda903Tables.PLACED_ADOPTION);
  }
}
