package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One child's records as they are read, for the rules that need all of them: referral identifiers
 * ({@code C123/2025-05-01/1}, the n-th referral kept that day), and the child protection plans and
 * initial conferences, written when the child ends ({@link #finish}).
 *
 * <p>A child is on one protection plan at a time (the database refuses overlapping plans, [start,
 * end) with an open end running on): of two overlapping plans the later one (by start, then by
 * place in the file) is an error and is kept out with its reviews, even when the earlier one was
 * itself kept out. An initial conference made a plan when a plan kept of the same referral starts
 * that day.
 */
final class Journey {

  /** A plan read and checked; {@code order} is its place in the file (CINdetails, then plan). */
  record Plan(
      String id,
      Episode episode,
      long order,
      LocalDate start,
      @Nullable LocalDate end,
      @Nullable String icpcId,
      @Nullable String initialCategory,
      @Nullable String latestCategory,
      @Nullable Integer previousPlans,
      List<LocalDate> reviews) {

    boolean overlaps(Plan other) {
      return !empty()
          && !other.empty()
          && (other.end == null || start.isBefore(other.end))
          && (end == null || other.start.isBefore(end));
    }

    private boolean empty() {
      return end != null && !end.isAfter(start);
    }
  }

  /** An enquiry kept that held an initial conference. */
  record Conference(String section47Id, String referralId, LocalDate date) {}

  private static final Comparator<Plan> EARLIER =
      Comparator.comparing(Plan::start).thenComparingLong(Plan::order);

  private final ChildScope scope;
  private final CinRows rows;
  private final Map<LocalDate, Integer> referralsOn = new HashMap<>();
  private final List<Plan> plans = new ArrayList<>(2);
  private final List<Conference> conferences = new ArrayList<>(2);

  Journey(ChildScope scope, CinRows rows) {
    this.scope = scope;
    this.rows = rows;
  }

  /** The identifier of the next referral kept that is dated {@code date}. */
  String referralId(LocalDate date) {
    int n = referralsOn.merge(date, 1, Integer::sum);
    return scope.childId() + '/' + date + '/' + n;
  }

  void plan(Plan plan) {
    plans.add(plan);
  }

  void conference(Conference conference) {
    conferences.add(conference);
  }

  /** Writes the plans kept, their reviews and the initial conferences. */
  void finish() throws SQLException {
    List<Plan> kept = keptPlans();
    String file = scope.file().name();
    for (Plan p : kept) {
      String referralId = p.episode().referralId();
      rows.cpPlan.add(
          p.id(),
          referralId,
          scope.childId(),
          p.icpcId(),
          p.start(),
          p.end(),
          p.initialCategory(),
          p.latestCategory(),
          p.previousPlans(),
          file,
          scope.row());
      for (LocalDate review : p.reviews()) {
        rows.cpReview.add(
            p.id() + "/R/" + review, p.id(), scope.childId(), review, file, scope.row());
      }
    }
    for (Conference c : conferences) {
      boolean madePlan =
          kept.stream()
              .anyMatch(
                  p ->
                      p.episode().referralId().equals(c.referralId())
                          && p.start().equals(c.date()));
      rows.icpc.add(
          c.section47Id() + "/I",
          c.section47Id(),
          c.referralId(),
          scope.childId(),
          c.date(),
          madePlan,
          file,
          scope.row());
    }
  }

  private List<Plan> keptPlans() throws SQLException {
    if (plans.size() < 2) {
      return plans;
    }
    List<Plan> ordered = new ArrayList<>(plans);
    ordered.sort(EARLIER);
    List<Plan> kept = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      Plan later = ordered.get(i);
      Plan earlier = null;
      for (int j = 0; j < i && earlier == null; j++) {
        if (ordered.get(j).overlaps(later)) {
          earlier = ordered.get(j);
        }
      }
      if (earlier == null) {
        kept.add(later);
      } else {
        scope.error(
            "CPPstartDate",
            later.start().toString(),
            "CP_PLANS_OVERLAP",
            "the child protection plan from "
                + later.start()
                + " to "
                + open(later.end())
                + " overlaps the plan from "
                + earlier.start()
                + " to "
                + open(earlier.end())
                + ": a child has one plan at a time, so this later plan and its reviews are kept"
                + " out");
      }
    }
    return kept;
  }

  private static String open(@Nullable LocalDate end) {
    return end == null ? "open" : end.toString();
  }
}
