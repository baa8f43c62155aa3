package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.Set;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child of school age with a referral going on to further action (an episode with ReferralNFA
 * false) has a UPN, or a reason it is missing other than UN1 ("child is not of school age"). A
 * child counts as of school age when born on or before 31 August four years before the collection
 * year began (31 August 2021 for 2025-26): aged 4 by the start of the school year, so in reception
 * or above. A child born later starts school after the census.
 */
@DfeRule(
    code = "8770Q",
    fields = {"UPN", "UPNunknown", "PersonBirthDate", "ReferralNFA", "ReferenceDate"},
    advice =
        "Record the child's UPN (from the school or the Common Transfer File), or the reason it"
            + " is not known.")
final class Rule8770Q implements Rule<CinChild> {

  /** The reasons a school-age child's UPN may be missing: UN1 is for children under school age. */
  private static final Set<String> REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    LocalDate born = ids.date("PersonBirthDate");
    if (born == null || born.isAfter(schoolAgeBornBy(child))) {
      return;
    }
    boolean furtherAction =
        child.details().stream().anyMatch(d -> CinValues.no(d.text("ReferralNFA")));
    String reason = ids.text("UPNunknown");
    boolean explained =
        reason != null && REASONS.contains(reason.toUpperCase(java.util.Locale.ROOT));
    if (furtherAction && ids.text("UPN") == null && !explained) {
      out.flag(ids, "UPN", "UPNunknown");
    }
  }

  /** 31 August four years before the year the census period began. */
  private static LocalDate schoolAgeBornBy(CinChild child) {
    return LocalDate.of(child.census().periodStart().getYear() - 4, 8, 31);
  }
}
