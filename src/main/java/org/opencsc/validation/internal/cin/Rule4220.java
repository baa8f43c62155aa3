package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** The child's Ethnicity must be given, as one of the DfE's codes. */
@DfeRule(
    code = "4220",
    fields = {"Ethnicity"},
    advice =
        "Record the child's ethnicity with one of the DfE's codes; REFU (refused) and NOBT (not yet"
            + " obtained) are codes too.")
final class Rule4220 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode characteristics = CinFacts.characteristics(child);
    String ethnicity = characteristics.text("Ethnicity");
    if (ethnicity == null || !child.census().codes().valid("Ethnicity", ethnicity)) {
      out.flag(characteristics, "Ethnicity");
    }
  }
}
