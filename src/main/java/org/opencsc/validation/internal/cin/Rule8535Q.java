package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child's date of death (PersonDeathDate) is not before its date of birth (PersonBirthDate). */
@DfeRule(
    code = "8535Q",
    fields = {"PersonDeathDate", "PersonBirthDate"},
    advice = "Check both dates; one of them is mistyped.")
final class Rule8535Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate born = identifiers.date("PersonBirthDate");
    LocalDate died = identifiers.date("PersonDeathDate");
    if (born != null && died != null && died.isBefore(born)) {
      out.flag(identifiers, "PersonDeathDate", "PersonBirthDate");
    }
  }
}
