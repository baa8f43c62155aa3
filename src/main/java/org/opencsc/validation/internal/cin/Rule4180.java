package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** The child's Sex must be given, as one of the DfE's codes: M, F or U. */
@DfeRule(
    code = "4180",
    fields = {"Sex"},
    advice =
        "Record the child's sex; U is for an unborn child or when it is not known, and is counted"
            + " (query 2886Q).")
final class Rule4180 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = CinFacts.identifiers(child);
    String sex = identifiers.text("Sex");
    if (sex == null || !child.census().codes().valid("Sex", sex)) {
      out.flag(identifiers, "Sex");
    }
  }
}
