package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child's date of birth (PersonBirthDate) is on or before the census's reference date. */
@DfeRule(
    code = "8520",
    fields = {"PersonBirthDate"},
    advice =
        "A child not yet born at the reference date has an expected date of birth"
            + " (ExpectedPersonBirthDate) instead; otherwise the date of birth is mistyped.")
final class Rule8520 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate born = identifiers.date("PersonBirthDate");
    if (born != null && born.isAfter(child.census().periodEnd())) {
      out.flag(identifiers, "PersonBirthDate");
    }
  }
}
