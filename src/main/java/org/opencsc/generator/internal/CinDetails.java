package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.CinCensusWriter.date;
import static org.opencsc.generator.internal.CinCensusWriter.yesNo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Assessment;
import org.opencsc.generator.model.ChildHistory.CinPlan;
import org.opencsc.generator.model.ChildHistory.CpPlan;
import org.opencsc.generator.model.ChildHistory.Referral;
import org.opencsc.generator.model.ChildHistory.Section47;

/**
 * One CINdetails element, in the element order of {@code cin-census-2025-26.xsd} (see {@link
 * CinCensusWriter}).
 */
final class CinDetails {

  private CinDetails() {}

  static void write(XmlOut xml, ChildHistory history, Referral r, ReportingYear year) {
    LocalDate closure = year.asKnownAtEnd(r.cinClosureDate());
    String id = r.referralId();
    xml.start("CINdetails")
        .leaf("CINreferralDate", date(r.cinReferralDate()))
        .leaf("ReferralSource", r.referralSource())
        .leaf("PrimaryNeedCode", r.primaryNeedCode())
        .leaf("CINclosureDate", date(closure))
        .leaf("ReasonForClosure", closure == null ? null : r.reasonForClosure());
    for (Assessment a : history.assessments()) {
      if (a.referralId().equals(id)
          && year.overlaps(a.assessmentActualStartDate(), a.assessmentAuthorisationDate())) {
        assessment(xml, a, year);
      }
    }
    for (CinPlan p : history.cinPlans()) {
      if (p.referralId().equals(id) && year.overlaps(p.cinPlanStartDate(), p.cinPlanEndDate())) {
        xml.start("CINPlanDates")
            .leaf("CINPlanStartDate", date(p.cinPlanStartDate()))
            .leaf("CINPlanEndDate", date(year.asKnownAtEnd(p.cinPlanEndDate())))
            .end();
      }
    }
    for (Section47 s : history.section47s()) {
      if (s.referralId().equals(id) && year.overlaps(s.s47ActualStartDate(), censusEnd(s))) {
        xml.start("Section47")
            .leaf("S47ActualStartDate", date(s.s47ActualStartDate()))
            .leaf("InitialCPCtarget", date(s.initialCpcTarget()))
            .leaf("DateOfInitialCPC", date(year.asKnownAtEnd(s.dateOfInitialCpc())))
            .leaf("ICPCnotRequired", yesNo(s.icpcNotRequired()))
            .end();
      }
    }
    xml.leaf("ReferralNFA", yesNo(r.referralNfa()));
    for (CpPlan p : history.cpPlans()) {
      if (p.referralId().equals(id) && year.overlaps(p.cppStartDate(), p.cppEndDate())) {
        cpPlan(xml, history, p, year);
      }
    }
    xml.end();
  }

  /**
   * When a section 47 enquiry stops being open for the census: at its initial conference, or when
   * it ended without one needed; null (open) while a conference is still to be held.
   */
  static @Nullable LocalDate censusEnd(Section47 s) {
    if (s.dateOfInitialCpc() != null) {
      return s.dateOfInitialCpc();
    }
    return s.icpcNotRequired() ? s.s47EndDate() : null;
  }

  private static void assessment(XmlOut xml, Assessment a, ReportingYear year) {
    LocalDate authorised = year.asKnownAtEnd(a.assessmentAuthorisationDate());
    xml.start("Assessments")
        .leaf("AssessmentActualStartDate", date(a.assessmentActualStartDate()))
        .leaf("AssessmentAuthorisationDate", date(authorised));
    if (authorised != null && !a.factors().isEmpty()) {
      xml.start("FactorsIdentifiedAtAssessment");
      a.factors().forEach(f -> xml.leaf("AssessmentFactors", f));
      xml.end();
    }
    xml.end();
  }

  private static void cpPlan(XmlOut xml, ChildHistory history, CpPlan p, ReportingYear year) {
    xml.start("ChildProtectionPlans")
        .leaf("CPPstartDate", date(p.cppStartDate()))
        .leaf("CPPendDate", date(year.asKnownAtEnd(p.cppEndDate())))
        .leaf("InitialCategoryOfAbuse", p.initialCategoryOfAbuse())
        .leaf("LatestCategoryOfAbuse", p.latestCategoryOfAbuse())
        .leaf("NumberOfPreviousCPP", String.valueOf(p.numberOfPreviousCpp()));
    var reviews =
        history.cpReviews().stream()
            .filter(r -> r.cpPlanId().equals(p.cpPlanId()) && year.contains(r.cppReviewDate()))
            .toList();
    if (!reviews.isEmpty()) {
      xml.start("Reviews");
      reviews.forEach(r -> xml.leaf("CPPreviewDate", date(r.cppReviewDate())));
      xml.end();
    }
    xml.end();
  }
}
