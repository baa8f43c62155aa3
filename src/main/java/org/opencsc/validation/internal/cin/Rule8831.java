package org.opencsc.validation.internal.cin;

import java.util.ArrayList;
import java.util.List;
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

  private record Activity(XmlNode record, String field) {}

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (!CinValues.yes(details.text("ReferralNFA"))) {
        continue;
      }
      List<Activity> activity = new ArrayList<>();
      if (details.text("DateOfInitialCPC") != null) {
        activity.add(new Activity(details, "DateOfInitialCPC"));
      }
      for (XmlNode assessment : details.all("Assessments")) {
        for (String field : List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate")) {
          if (assessment.text(field) != null) {
            activity.add(new Activity(assessment, field));
          }
        }
      }
      for (XmlNode s47 : details.all("Section47")) {
        if (s47.text("S47ActualStartDate") != null) {
          activity.add(new Activity(s47, "S47ActualStartDate"));
        }
      }
      if (!activity.isEmpty()) {
        RuleOutput.Finding finding = out.flag(details, "ReferralNFA");
        activity.forEach(a -> finding.flag(a.record(), a.field()));
      }
    }
  }
}
