package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Characters 5 to 12 of a UPN (its serial number) must all be digits. */
@DfeRule(
    code = "1540",
    fields = {"UPN"},
    advice = "Copy the UPN again from the child's school records; letters belong only at 1 and 13.")
final class Rule1540 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String upn = identifiers.text("UPN");
    if (upn == null) {
      return;
    }
    for (int i = 4; i < Math.min(12, upn.length()); i++) {
      if (!Upn.isDigit(upn.charAt(i))) {
        out.flag(identifiers, "UPN");
        return;
      }
    }
  }
}
