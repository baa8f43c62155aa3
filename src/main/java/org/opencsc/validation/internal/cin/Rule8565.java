package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Nothing happens on an episode after it closed: where CINclosureDate is given, it is on or after
 * every date of the episode's work that is given (assessment start and authorisation, Section 47
 * start, initial conference, child protection plan end, CIN plan start and end).
 */
@DfeRule(
    code = "8565",
    fields = {
      "CINclosureDate",
      "AssessmentActualStartDate",
      "AssessmentAuthorisationDate",
      "S47ActualStartDate",
      "DateOfInitialCPC",
      "CPPendDate",
      "CINPlanStartDate",
      "CINPlanEndDate"
    },
    advice =
        "Check the closure date: work recorded after it means the episode closed later, or the work"
            + " belongs to a later episode.")
final class Rule8565 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate closed = details.date("CINclosureDate");
      if (closed == null) {
        continue;
      }
      Later later = new Later(closed, details, out);
      later.check(details, "DateOfInitialCPC");
      for (XmlNode assessment : details.all("Assessments")) {
        later.check(assessment, "AssessmentActualStartDate");
        later.check(assessment, "AssessmentAuthorisationDate");
      }
      for (XmlNode s47 : details.all("Section47")) {
        later.check(s47, "S47ActualStartDate");
        later.check(s47, "DateOfInitialCPC");
      }
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        later.check(plan, "CPPendDate");
      }
      for (XmlNode plan : details.all("CINPlanDates")) {
        later.check(plan, "CINPlanStartDate");
        later.check(plan, "CINPlanEndDate");
      }
    }
  }

  /** One finding per closed episode, with every date after the closure. */
  private static final class Later {
    private final LocalDate closed;
    private final XmlNode details;
    private final RuleOutput out;
    private RuleOutput.@Nullable Finding finding;

    Later(LocalDate closed, XmlNode details, RuleOutput out) {
      this.closed = closed;
      this.details = details;
      this.out = out;
    }

    void check(XmlNode record, String field) {
      LocalDate date = record.date(field);
      if (date != null && date.isAfter(closed)) {
        finding().flag(record, field);
      }
    }

    private RuleOutput.Finding finding() {
      RuleOutput.Finding found = finding;
      if (found == null) {
        found = out.flag(details, "CINclosureDate");
        finding = found;
      }
      return found;
    }
  }
}
