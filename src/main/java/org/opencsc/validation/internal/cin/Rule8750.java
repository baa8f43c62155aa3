package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An unborn child (an expected birth date and no birth date) has sex U: it is not known yet. */
@DfeRule(
    code = "8750",
    fields = {"Sex", "PersonBirthDate", "ExpectedPersonBirthDate"},
    advice = "If the child has been born, record the birth date; otherwise record the sex as U.")
final class Rule8750 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    boolean unborn =
        ids.text("PersonBirthDate") == null && ids.text("ExpectedPersonBirthDate") != null;
    if (unborn && !"U".equals(ids.text("Sex"))) {
      out.flag(ids, "Sex", "PersonBirthDate", "ExpectedPersonBirthDate");
    }
  }
}
