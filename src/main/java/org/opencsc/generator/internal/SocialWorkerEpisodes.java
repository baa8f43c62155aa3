package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory.Allocation;

/**
 * A looked-after child's SSDA903 SWEpisodes rows, made from the child's allocations the way a
 * council's return records them (the DfE's SW rules of 2025-26):
 *
 * <ul>
 *   <li>SW_REASON is the reason for the change of social worker, so it is on the episode that began
 *       with the change: the reason the allocation before it ended, and FCONTA (first contact) for
 *       the child's first allocation or the first after a closed involvement (ended CHCHAN). Every
 *       episode has one (SW01bSTG1, SW13STG1). SW_DEC is the end if on or before 31 March.
 *   <li>An allocation of less than three days (a case passing through the transfer desk) is not an
 *       episode of its own: the allocation after it begins at its start, and a last one is left out
 *       (SW09STG2).
 *   <li>While a case waits for a new worker after its worker left or was changed, the worker's team
 *       manager holds it: the return has the manager's episode over the wait, so that episodes
 *       follow one another (SW10STG2) and one is open at 31 March for a child looked after then
 *       (SW11bSTG2, SW17STG2). A wait of up to seven days is left as it is, as the DfE allows,
 *       unless it spans the year's first day for a child looked after on 31 March, whose year has
 *       an episode from its first day (SW12STG2).
 * </ul>
 */
final class SocialWorkerEpisodes {

  /** A row: the worker's Social Work England number, start, end (null when open), reason. */
  record Episode(String sweNo, LocalDate start, @Nullable LocalDate end, String reason) {}

  /** What the return needs of a worker: the Social Work England number and the manager. */
  record Worker(String sweNo, @Nullable String managerId) {}

  private static final int SHORTEST_DAYS = 3;
  private static final int LONGEST_WAIT_DAYS = 7;
  private static final String FIRST_CONTACT = "FCONTA";
  private static final String CLOSED = "CHCHAN";
  private static final String MANAGEMENT_DECISION = "MANAGE";

  private SocialWorkerEpisodes() {}

  /**
   * The episodes touching the year of a child looked after in it, in start order; {@code
   * lookedAfterAtEnd}: whether the child is looked after on 31 March.
   */
  static List<Episode> of(
      List<Allocation> allocations,
      ReportingYear year,
      boolean lookedAfterAtEnd,
      Map<String, Worker> workers) {
    List<Allocation> sorted = new ArrayList<>(allocations);
    sorted.sort(Comparator.comparing(Allocation::startDate));
    List<Episode> all = new ArrayList<>();
    Allocation before = null;
    Allocation skipped = null;
    LocalDate carriedStart = null;
    for (Allocation a : sorted) {
      LocalDate start = carriedStart != null ? carriedStart : a.startDate();
      if (a.endDate() != null && a.endDate().isBefore(a.startDate().plusDays(SHORTEST_DAYS))) {
        carriedStart = start;
        skipped = a;
        continue;
      }
      carriedStart = null;
      skipped = null;
      String reason = FIRST_CONTACT;
      if (before != null && !CLOSED.equals(before.changeReason())) {
        reason = before.changeReason();
        LocalDate waitFrom = before.endDate();
        Episode cover = cover(before, waitFrom, start, workers);
        boolean longWait = start.isAfter(waitFrom.plusDays(LONGEST_WAIT_DAYS));
        // a short wait across the year's first day is held too: the year of a child looked after
        // on 31 March has an episode from its first day (SW12STG2)
        boolean acrossYearStart =
            lookedAfterAtEnd && waitFrom.isBefore(year.start()) && start.isAfter(year.start());
        if (cover != null && (longWait || acrossYearStart)) {
          all.add(cover);
          reason = MANAGEMENT_DECISION;
        }
      }
      all.add(new Episode(workers.get(a.workerId()).sweNo(), start, a.endDate(), reason));
      before = a;
    }
    Allocation last = skipped != null ? skipped : before;
    if (last != null && lookedAfterAtEnd && !CLOSED.equals(last.changeReason())) {
      LocalDate from = carriedStart != null ? carriedStart : last.endDate();
      Episode cover = cover(last, from, null, workers);
      boolean newInvolvement =
          skipped != null && (before == null || CLOSED.equals(before.changeReason()));
      if (cover != null && newInvolvement) {
        // only short allocations since the case was closed and referred again: the manager's
        // episode is the first of the new involvement (SW10STG2 lets only FCONTA follow a gap)
        cover = new Episode(cover.sweNo(), cover.start(), null, FIRST_CONTACT);
      } else if (skipped != null
          && before.endDate() != null
          && from.isAfter(before.endDate().plusDays(LONGEST_WAIT_DAYS))) {
        // the case waited after its worker left and then had only short allocations: the
        // manager has held it since the worker left, so the episodes follow on (SW10STG2)
        cover = cover(before, before.endDate(), null, workers);
      }
      if (last.endDate() != null && !last.endDate().isAfter(year.end()) && cover != null) {
        all.add(cover);
      }
    }
    List<Episode> inYear = new ArrayList<>();
    for (Episode e : all) {
      if (year.overlaps(e.start(), e.end())) {
        LocalDate end = year.asKnownAtEnd(e.end());
        inYear.add(new Episode(e.sweNo(), e.start(), end, e.reason()));
      }
    }
    return inYear;
  }

  /**
   * The team manager's episode from {@code from} to {@code to} after {@code left} ended, or null
   * when the worker's manager is not known (the wait is then left as it was).
   */
  private static @Nullable Episode cover(
      Allocation left,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      Map<String, Worker> workers) {
    Worker worker = workers.get(left.workerId());
    Worker manager = worker.managerId() == null ? null : workers.get(worker.managerId());
    if (from == null || manager == null) {
      return null;
    }
    return new Episode(manager.sweNo(), from, to, left.changeReason());
  }
}
