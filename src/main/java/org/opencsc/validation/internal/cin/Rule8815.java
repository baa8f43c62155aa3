package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child has at most one open episode of need going on to further action (no CINclosureDate,
 * ReferralNFA false). Open referrals with no further action do not count.
 */
@DfeRule(
    code = "8815",
    fields = {"CINclosureDate", "ReferralNFA"},
    advice =
        "Close the earlier episode (closure date and reason) or merge the episodes: a child is in"
            + " one episode of need at a time.")
final class Rule8815 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    List<XmlNode> open = child.details().stream().filter(CinValues::openWithFurtherAction).toList();
    if (open.size() < 2) {
      return;
    }
    RuleOutput.Finding finding = out.flag(open.get(0), "CINclosureDate");
    open.stream().skip(1).forEach(d -> finding.flag(d, "CINclosureDate"));
  }
}
