package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child has either a date of birth (PersonBirthDate) or, unborn, an expected date of birth
 * (ExpectedPersonBirthDate): one of the two, not both.
 */
@DfeRule(
    code = "8525Q",
    fields = {"PersonBirthDate", "ExpectedPersonBirthDate"},
    advice =
        "Once a child is born, record the date of birth and remove the expected date; an unborn"
            + " child has only the expected date.")
final class Rule8525Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = CinFacts.identifiers(child);
    boolean born = identifiers.text("PersonBirthDate") != null;
    boolean expected = identifiers.text("ExpectedPersonBirthDate") != null;
    if (born == expected) {
      out.flag(identifiers, "PersonBirthDate", "ExpectedPersonBirthDate");
    }
  }
}
