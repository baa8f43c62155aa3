package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An expected date of birth (ExpectedPersonBirthDate) falls between 30 days before and nine months
 * after the census's reference date (March to December of the year the census ends): a child
 * expected earlier is born by now, one expected later is not yet known of.
 */
@DfeRule(
    code = "8530Q",
    fields = {"ExpectedPersonBirthDate"},
    advice =
        "If the child has been born, record the date of birth instead of the expected date;"
            + " otherwise check the expected date.")
final class Rule8530Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate expected = identifiers.date("ExpectedPersonBirthDate");
    if (expected == null) {
      return;
    }
    LocalDate reference = child.census().periodEnd();
    if (!CinFacts.within(expected, reference.minusDays(30), reference.plusMonths(9))) {
      out.flag(identifiers, "ExpectedPersonBirthDate");
    }
  }
}
