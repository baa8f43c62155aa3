package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A UPN (other than the UN1 to UN5 codes) belongs to one child: the same UPN on another child's
 * Header in the return is a duplicate. Each of the children sharing a UPN is reported (the return
 * keeps its children by UPN, so no child is compared with every other).
 */
@DfeRule(
    code = "444",
    fields = {"UPN"},
    advice =
        "Check the UPNs of the children who share it: usually one was copied by mistake, or the"
            + " two records are the same child under two IDs.")
final class Rule444 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null
        || header.blank("UPN")
        || header.is("UPN", "UN1", "UN2", "UN3", "UN4", "UN5")) {
      return;
    }
    String upn = header.value("UPN");
    for (LookedAfterChild other : child.inReturn().childrenWithHeader("UPN", upn)) {
      Ssda903Row otherHeader = other.header();
      if (other != child && otherHeader != null) {
        out.flag(header, "UPN").related(otherHeader, "UPN");
      }
    }
  }
}
