package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A FormerUPN, where given, must be in the format of a UPN: 13 characters, a letter, 11 digits, and
 * a digit or letter (a former UPN is often a temporary one, which ends in a letter).
 */
@DfeRule(
    code = "1560Q",
    fields = {"FormerUPN"},
    advice = "Copy the former UPN again from the child's school records, or leave it blank.")
final class Rule1560Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String former = identifiers.text("FormerUPN");
    if (former != null && !wellFormed(former)) {
      out.flag(identifiers, "FormerUPN");
    }
  }

  private static boolean wellFormed(String upn) {
    return upn.length() == Upn.LENGTH
        && upn.charAt(0) >= 'A'
        && upn.charAt(0) <= 'Z'
        && Upn.digitsInMiddle(upn)
        && Upn.validLast(upn.charAt(Upn.LENGTH - 1));
  }
}
