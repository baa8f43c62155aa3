package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.InFileOrder;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Each child's UPN must be unique in the census. The census remembers the UPNs its children have
 * shown; the second and later children with the same UPN are flagged.
 */
@DfeRule(
    code = "1520",
    fields = {"UPN"},
    advice =
        "Find the children sharing the UPN: either one child is recorded twice (merge the records)"
            + " or one of them has another child's UPN.")
final class Rule1520 implements Rule<CinChild>, InFileOrder {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String upn = identifiers.text("UPN");
    if (upn != null && child.census().seenBefore("UPN", upn)) {
      out.flag(identifiers, "UPN");
    }
  }
}
