package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, no assessment may start (AssessmentActualStartDate) before the
 * referral (CINreferralDate).
 */
@DfeRule(
    code = "1103",
    fields = {"AssessmentActualStartDate", "CINreferralDate"},
    advice =
        "Check the assessment's start date and the referral date of its episode; an assessment of"
            + " an earlier referral belongs to that referral's episode.")
final class Rule1103 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate referral = details.date("CINreferralDate");
      if (referral == null) {
        continue;
      }
      for (XmlNode assessment : details.all("Assessments")) {
        LocalDate started = assessment.date("AssessmentActualStartDate");
        if (started != null && started.isBefore(referral)) {
          out.flag(assessment, "AssessmentActualStartDate").flag(details, "CINreferralDate");
        }
      }
    }
  }
}
