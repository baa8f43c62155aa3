package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencsc.validation.cin.XmlNode;

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

  /** Enquiries first: a plan names the conference of its referral held on its first day. */
  void stage(XmlNode details, Episode episode, Journey journey) throws SQLException {
    episode.each(details, "Section47", (e, ep, seq) -> section47(e, ep, journey));
    episode.each(details, "ChildProtectionPlans", (p, ep, seq) -> cpPlan(p, ep, seq, journey));
  }

  private void section47(XmlNode enquiry, Episode episode, Journey journey) throws SQLException {
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
    if (f.refused() || start == null) {
      return;
    }
    // The census has no strategy discussion of its own: S47ActualStartDate is the date of the
    // discussion that started the enquiry, so each enquiry brings the discussion that initiated it.
    // Its end stays empty: the census says whether it ended in a conference, not when.
    ChildScope scope = episode.scope();
    String id = episode.id("S", start);
    String file = scope.file().name();
    rows.discussion.add(
        id + "/D", episode.referralId(), scope.childId(), start, true, file, scope.row());
    rows.section47.add(
        id,
        episode.referralId(),
        scope.childId(),
        id + "/D",
        start,
        target,
        conference,
        notRequired,
        file,
        scope.row());
    if (conference != null) {
      episode.conference(conference, id);
      journey.conference(new Journey.Conference(id, episode.referralId(), conference));
    }
  }

  private void cpPlan(XmlNode plan, Episode episode, int seq, Journey journey) throws SQLException {
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
    Set<LocalDate> held = new LinkedHashSet<>();
    for (XmlNode review : plan.child("Reviews").all("CPPreviewDate")) {
      review(review, start, episode, held);
    }
    journey.plan(
        new Journey.Plan(
            episode.id("P", start),
            episode,
            ((long) episode.seq() << 32) + seq,
            start,
            end,
            episode.icpcOn(start),
            initial,
            latest,
            previous,
            List.copyOf(held)));
  }

  /** One review conference; the same date twice is one conference, loaded once. */
  private void review(XmlNode review, LocalDate planStart, Episode episode, Set<LocalDate> held)
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
    }
  }
}
