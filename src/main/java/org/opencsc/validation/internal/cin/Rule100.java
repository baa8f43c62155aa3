package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.OncePerReturn;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;

/**
 * The census header's ReferenceDate must be present and be 31 March of the collection year (the end
 * of the census period). A rule about the census as a whole: it runs once, not per child.
 */
@DfeRule(
    code = "100",
    fields = {"ReferenceDate"},
    advice =
        "Set the header's ReferenceDate to 31 March of the collection year; the case management"
            + " system's census extract usually sets it.")
final class Rule100 implements Rule<CinChild>, OncePerReturn {

  @Override
  public void check(CinChild child, RuleOutput out) {
    CinReturn census = child.census();
    LocalDate reference = census.referenceDate();
    if (reference == null || !reference.equals(census.year().end())) {
      out.flag(census.header().child("CollectionDetails"), "ReferenceDate");
    }
  }
}
