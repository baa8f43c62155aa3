package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A referral with no further action (ReferralNFA true) has no activity: no assessment started or
 * authorised, no section 47 enquiry started, no initial child protection conference.
 */
@DfeRule(
    code = "8831",
    fields = {
      "ReferralNFA",
      "AssessmentActualStartDate",
      "AssessmentAuthorisationDate",
      "S47ActualStartDate",
      "DateOfInitialCPC"
    },
    advice =
        "If the referral went on to an assessment or enquiry, record ReferralNFA as false;"
            + " otherwise the activity belongs to another episode.")
final class Rule8831 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (!CinValues.yes(details.text("ReferralNFA"))) {
        continue;
      }
      RuleOutput.Finding finding = null;
      if (details.text("DateOfInitialCPC") != null) {
        finding = flag(finding, out, details, details, "DateOfInitialCPC");
      }
      for (XmlNode assessment : details.all("Assessments")) {
        for (String field :
            new String[] {"AssessmentActualStartDate", "AssessmentAuthorisationDate"}) {
          if (assessment.text(field) != null) {
            finding = flag(finding, out, details, assessment, field);
          }
        }
      }
      for (XmlNode s47 : details.all("Section47")) {
        if (s47.text("S47ActualStartDate") != null) {
          finding = flag(finding, out, details, s47, "S47ActualStartDate");
        }
      }
    }
  }

  /** One finding per episode: its ReferralNFA, then each piece of activity. */
  private static RuleOutput.Finding flag(
      RuleOutput.Finding finding, RuleOutput out, XmlNode details, XmlNode record, String field) {
    RuleOutput.Finding f = finding != null ? finding : out.flag(details, "ReferralNFA");
    return f.flag(record, field);
  }
}
