package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A closed episode of need (with a CINclosureDate) has every assessment completed: each with an
 * AssessmentAuthorisationDate.
 */
@DfeRule(
    code = "8867",
    fields = {"CINclosureDate", "AssessmentAuthorisationDate"},
    advice =
        "Record the authorisation date of the episode's assessment, or remove the closure date if"
            + " the episode is still open.")
final class Rule8867 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (details.text("CINclosureDate") == null) {
        continue;
      }
      for (XmlNode assessment : details.all("Assessments")) {
        if (assessment.text("AssessmentAuthorisationDate") == null) {
          out.flag(details, "CINclosureDate").flag(assessment, "AssessmentAuthorisationDate");
        }
      }
    }
  }
}
