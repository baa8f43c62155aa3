package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CensusWide;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;

/**
 * Over the whole census: when children have disabilities recorded (NONE aside), at least one of
 * them should have more than one. A census where every such child has exactly one is asked to check
 * that several are recorded where they apply. Reported once, at the census's Header.
 */
@DfeRule(
    code = "2888Q",
    fields = {"Disability"},
    advice = "Record every disability that applies to a child, not only the main one.")
final class Rule2888Q implements Rule<CinChild>, CensusWide {

  static final String WITH_ONE_OR_MORE = "2888Q children with a disability";
  static final String WITH_SEVERAL = "2888Q children with several disabilities";

  @Override
  public void check(CinChild child, RuleOutput out) {
    long codes =
        child.characteristics().child("Disabilities").all("Disability").stream()
            .map(XmlNode::text)
            .filter(code -> !code.isEmpty() && !code.equalsIgnoreCase("NONE"))
            .distinct()
            .count();
    if (codes >= 1) {
      child.census().total(WITH_ONE_OR_MORE).increment();
    }
    if (codes > 1) {
      child.census().total(WITH_SEVERAL).increment();
    }
  }

  @Override
  public void finish(CinReturn census, RuleOutput out) {
    if (census.total(WITH_ONE_OR_MORE).sum() > 0 && census.total(WITH_SEVERAL).sum() == 0) {
      out.flag(census.header());
    }
  }
}
