package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CensusWide;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;

/**
 * Over the whole census: more than 7 different disability codes (NONE aside) should be used. A
 * council with seven or fewer is asked to check it records disabilities in full. Reported once, at
 * the census's Header.
 */
@DfeRule(
    code = "2887Q",
    fields = {"Disability"},
    advice =
        "Check that children's disabilities are recorded with every code that applies, not only the"
            + " commonest; or give the DfE the reason.")
final class Rule2887Q implements Rule<CinChild>, CensusWide {

  static final String CODES = "2887Q disability codes used";

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode disability : child.characteristics().child("Disabilities").all("Disability")) {
      if (!disability.text().isEmpty() && !disability.text().equalsIgnoreCase("NONE")) {
        child.census().distinct(CODES).add(disability.text().toUpperCase(java.util.Locale.ROOT));
      }
    }
  }

  @Override
  public void finish(CinReturn census, RuleOutput out) {
    if (census.distinct(CODES).size() <= 7) {
      out.flag(census.header());
    }
  }
}
