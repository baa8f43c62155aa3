package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The child protection part of one CINdetails: its {@code Section47} enquiries and its {@code
 * ChildProtectionPlans} with their review conferences. Error granularity as in {@link
 * EpisodeStager}: one enquiry, one plan (with its reviews), or one review date.
 */
final class ProtectionStager {

  private final CinRows rows;

  ProtectionStager(CinRows rows) {
    this.rows = rows;
  }

  void stage(XmlNode details, Episode episode) throws SQLException {
    episode.each(details, "Section47", this::section47);
    episode.each(details, "ChildProtectionPlans", this::cpPlan);
  }

  private void section47(XmlNode enquiry, Episode episode, int seq) throws SQLException {
    Fields f = new Fields(enquiry, episode.scope(), "this Section47");
    LocalDate start = f.date("S47ActualStartDate", true);
    LocalDate target = f.date("InitialCPCtarget", false);
    LocalDate conference = f.date("DateOfInitialCPC", false);
    Boolean notRequired = f.yesNo("ICPCnotRequired", true);
    f.order(episode.referral(), "CINreferralDate", start, "S47ActualStartDate");
    f.order(start, "S47ActualStartDate", target, "InitialCPCtarget");
    f.order(start, "S47ActualStartDate", conference, "DateOfInitialCPC");
    if (Boolean.TRUE.equals(notRequired) && conference != null) {
      f.refuse(
          "ICPCnotRequired",
          "1",
          "ICPC_CONFLICT",
          "ICPCnotRequired says no conference was needed, but DateOfInitialCPC gives one");
    }
    if (!f.refused()) {
      rows.section47.add(episode.row(seq, start, target, conference, notRequired));
    }
  }

  private void cpPlan(XmlNode plan, Episode episode, int seq) throws SQLException {
    Fields f = new Fields(plan, episode.scope(), "this ChildProtectionPlans and its reviews");
    LocalDate start = f.date("CPPstartDate", true);
    LocalDate end = f.date("CPPendDate", false);
    String initial = f.code("InitialCategoryOfAbuse", true);
    String latest = f.code("LatestCategoryOfAbuse", true);
    Integer previous = f.count("NumberOfPreviousCPP", true);
    f.order(episode.referral(), "CINreferralDate", start, "CPPstartDate");
    f.order(start, "CPPstartDate", end, "CPPendDate");
    if (f.refused() || start == null) {
      return;
    }
    rows.cpPlan.add(episode.row(seq, start, end, initial, latest, previous));
    Set<LocalDate> held = new HashSet<>();
    for (XmlNode review : plan.child("Reviews").all("CPPreviewDate")) {
      review(review, start, episode, seq, held);
    }
  }

  /** One review conference; the same date twice is one conference, loaded once. */
  private void review(
      XmlNode review, LocalDate planStart, Episode episode, int planSeq, Set<LocalDate> held)
      throws SQLException {
    ChildScope scope = episode.scope();
    Optional<LocalDate> date = Dates.parse(review.text());
    if (date.isEmpty()) {
      scope.error(
          "CPPreviewDate",
          review.text(),
          "DATE_FORMAT",
          "not a date in the form yyyy-mm-dd" + review.where() + ": this review is kept out");
    } else if (date.get().isBefore(planStart)) {
      scope.error(
          "CPPreviewDate",
          review.text(),
          "DATE_ORDER",
          "CPPreviewDate is before CPPstartDate "
              + planStart
              + review.where()
              + ": this review is kept out");
    } else if (!held.add(date.get())) {
      scope.query(
          "CPPreviewDate",
          review.text(),
          "DUPLICATE_DATE",
          "the plan has two reviews on " + review.text() + review.where() + ": loaded once");
    } else {
      rows.cpReview.add(episode.row(planSeq, date.get()));
    }
  }
}
