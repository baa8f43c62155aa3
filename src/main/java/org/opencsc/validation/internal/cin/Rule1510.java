package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A UPN's first character must be the check letter computed from the other twelve (the DfE's
 * modulus 23 method). Checked only on a UPN whose other characters are in the right form: the UPN
 * rules 1540 and 1550 report the rest.
 */
@DfeRule(
    code = "1510",
    fields = {"UPN"},
    advice =
        "Copy the UPN again from the child's school records: a wrong check letter usually means a"
            + " typing error in the number.")
final class Rule1510 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String upn = identifiers.text("UPN");
    if (upn == null
        || upn.length() != Upn.LENGTH
        || !Upn.digitsInMiddle(upn)
        || !Upn.validLast(upn.charAt(Upn.LENGTH - 1))) {
      return;
    }
    if (upn.charAt(0) != Upn.checkLetter(upn)) {
      out.flag(identifiers, "UPN");
    }
  }
}
