package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import org.opencsc.validation.cin.XmlNode;

/**
 * One {@code CINdetails} (an episode of need, opened by a referral) with its assessments and CIN
 * plans; section 47 enquiries and child protection plans go to {@link ProtectionStager}.
 *
 * <p>What an error keeps out: the element whose value is wrong, with everything it holds. A bad
 * referral date or source keeps the whole CINdetails out; a bad date in one Assessments keeps that
 * assessment and its factors out and the rest of the episode in; a bad factor code keeps out only
 * that factor. Dates out of order (a closure before the referral, a plan or enquiry starting before
 * the referral, an end before its start) count as wrong values of the later date.
 */
final class EpisodeStager {

  private final CinRows rows;
  private final ProtectionStager protection;

  EpisodeStager(CinRows rows) {
    this.rows = rows;
    this.protection = new ProtectionStager(rows);
  }

  void stage(XmlNode details, Journey journey, ChildScope scope, int seq) throws SQLException {
    Fields f = new Fields(details, scope, "this CINdetails and all it holds");
    LocalDate referral = f.date("CINreferralDate", true);
    String source = f.code("ReferralSource", true);
    String need = f.code("PrimaryNeedCode", false);
    LocalDate closure = f.date("CINclosureDate", false);
    String reason = f.code("ReasonForClosure", false);
    LocalDate conference = f.date("DateOfInitialCPC", false);
    Boolean nfa = f.yesNo("ReferralNFA", true);
    f.order(referral, "CINreferralDate", closure, "CINclosureDate");
    if (f.has("CINclosureDate") != f.has("ReasonForClosure")) {
      String absent = f.has("CINclosureDate") ? "ReasonForClosure" : "CINclosureDate";
      f.refuse(
          absent,
          null,
          "MISSING_VALUE",
          "a closed episode has both a date and a reason for closure");
    }
    if (f.refused() || referral == null) {
      return;
    }
    Episode episode = new Episode(scope, seq, referral, journey.referralId(referral));
    rows.referral.add(
        episode.referralId(),
        scope.childId(),
        referral,
        source,
        need,
        closure,
        reason,
        nfa,
        scope.file().name(),
        scope.row());
    episode.each(details, "Assessments", this::assessment);
    episode.each(details, "CINPlanDates", this::cinPlan);
    protection.stage(details, episode, journey);
    if (conference != null && episode.icpcOn(conference) == null) {
      scope.query(
          "DateOfInitialCPC",
          conference.toString(),
          "ICPC_WITHOUT_SECTION47",
          "the CINdetails of "
              + referral
              + " records a conference that none of its Section47 enquiries holds: it is not"
              + " loaded (a conference is kept under the enquiry that led to it)");
    }
  }

  private void assessment(XmlNode assessment, Episode episode, int seq) throws SQLException {
    Fields f = new Fields(assessment, episode.scope(), "this Assessments and its factors");
    LocalDate start = f.date("AssessmentActualStartDate", true);
    LocalDate review = f.date("AssessmentInternalReviewDate", false);
    LocalDate authorised = f.date("AssessmentAuthorisationDate", false);
    f.order(episode.referral(), "CINreferralDate", start, "AssessmentActualStartDate");
    f.order(start, "AssessmentActualStartDate", authorised, "AssessmentAuthorisationDate");
    if (f.refused()) {
      return;
    }
    ChildScope scope = episode.scope();
    String id = episode.id("A", start);
    rows.assessment.add(
        id,
        episode.referralId(),
        scope.childId(),
        start,
        review,
        authorised,
        scope.file().name(),
        scope.row());
    XmlNode factors = assessment.child("FactorsIdentifiedAtAssessment");
    for (String factor : scope.codeList(factors.all("AssessmentFactors"), "AssessmentFactors")) {
      rows.factor.add(id, factor, scope.file().name(), scope.row());
    }
  }

  private void cinPlan(XmlNode plan, Episode episode, int seq) throws SQLException {
    Fields f = new Fields(plan, episode.scope(), "this CINPlanDates");
    LocalDate start = f.date("CINPlanStartDate", true);
    LocalDate end = f.date("CINPlanEndDate", false);
    f.order(episode.referral(), "CINreferralDate", start, "CINPlanStartDate");
    f.order(start, "CINPlanStartDate", end, "CINPlanEndDate");
    if (!f.refused()) {
      ChildScope scope = episode.scope();
      rows.cinPlan.add(
          episode.id("N", start),
          episode.referralId(),
          scope.childId(),
          start,
          end,
          scope.file().name(),
          scope.row());
    }
  }
}
