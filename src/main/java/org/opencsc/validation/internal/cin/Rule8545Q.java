package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child's date of death (PersonDeathDate), where given, falls within the census period. */
@DfeRule(
    code = "8545Q",
    fields = {"PersonDeathDate"},
    advice =
        "Check the date of death: a child who died before 1 April had no open episode in the"
            + " census year, and a date after the reference date is mistyped.")
final class Rule8545Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate died = identifiers.date("PersonDeathDate");
    if (died != null
        && !CinFacts.within(died, child.census().periodStart(), child.census().periodEnd())) {
      out.flag(identifiers, "PersonDeathDate");
    }
  }
}
