package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, an assessment does not start on or between another assessment's start
 * and its authorisation date (or, if that one is still open, the reference date): a query when it
 * does. Two records with the same dates are one assessment given twice, and not compared.
 */
@DfeRule(
    code = "8863Q",
    fields = {"AssessmentActualStartDate", "AssessmentAuthorisationDate", "ReferenceDate"},
    advice =
        "Check the assessments' dates: record the authorisation date of the earlier assessment,"
            + " or correct the start date of the later one.")
final class Rule8863Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      List<XmlNode> assessments = details.all("Assessments");
      for (XmlNode assessment : assessments) {
        LocalDate started = assessment.date("AssessmentActualStartDate");
        if (started == null) {
          continue;
        }
        for (XmlNode other : assessments) {
          LocalDate otherStarted = other.date("AssessmentActualStartDate");
          if (other == assessment || otherStarted == null || started.isBefore(otherStarted)) {
            continue;
          }
          LocalDate otherEnded = other.date("AssessmentAuthorisationDate");
          if (started.equals(otherStarted)
              && Objects.equals(otherEnded, assessment.date("AssessmentAuthorisationDate"))) {
            continue;
          }
          LocalDate until = otherEnded != null ? otherEnded : reference;
          if (!started.isAfter(until)) {
            out.flag(assessment, "AssessmentActualStartDate")
                .flag(other, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
          }
        }
      }
    }
  }
}
