package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * The 13th character of a UPN must be a digit, or a letter A-Z other than I, O and S (a temporary
 * UPN).
 */
@DfeRule(
    code = "1550",
    fields = {"UPN"},
    advice = "Copy the UPN again from the child's school records.")
final class Rule1550 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String upn = identifiers.text("UPN");
    if (upn != null && upn.length() == Upn.LENGTH && !Upn.validLast(upn.charAt(Upn.LENGTH - 1))) {
      out.flag(identifiers, "UPN");
    }
  }
}
