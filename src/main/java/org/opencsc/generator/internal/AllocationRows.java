package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;
import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.model.ChildHistory.Allocation;

/**
 * Who held the child's case when: a worker of a team in the service area holding the case, in post
 * at the time; a new worker when the case moves area, when the worker leaves (sometimes after an
 * unallocated gap) or by a management decision; a few open cases waiting for a worker at asAt.
 */
final class AllocationRows {

  /** Changes of worker for other reasons than leaving, per year. */
  static final double OTHER_CHANGES_PER_YEAR = 0.35;

  /** Open cases left unallocated at asAt (waiting for a worker): about 4%. */
  static final double UNALLOCATED_AT_AS_AT = 0.04;

  private static final Weighted OTHER_REASON =
      new Weighted("MANAGE:40", "ORGRST:15", "FCONTA:10", "ABSENC:15", "OTHERS:20");

  final List<Allocation> allocations = new ArrayList<>();

  private final String childId;
  private final int asAt;
  private final Staffing staffing;
  private final Rand rand;

  private final List<CarePeriod> care;

  /** {@code care}: the child's periods of care, during which the case is never unallocated. */
  AllocationRows(String childId, int asAt, Staffing staffing, Rand rand, List<CarePeriod> care) {
    this.childId = childId;
    this.asAt = asAt;
    this.staffing = staffing;
    this.rand = rand;
    this.care = care;
  }

  void add(List<int[]> segments) {
    for (int i = 0; i < segments.size(); i++) {
      int[] segment = segments.get(i);
      boolean handedOn = i + 1 < segments.size() && segments.get(i + 1)[0] == segment[1];
      segment(segment[0], segment[1], segment[2], handedOn ? "TSPROC" : "CHCHAN");
    }
  }

  private void segment(int start, int end, int area, String endReason) {
    int team = staffing.pickTeam(area, rand);
    int day = start + (rand.chance(0.03) ? rand.between(1, 10) : 0);
    if (lookedAfterBetween(start, day)) {
      // a looked-after child has a social worker from the day care begins (SSDA903 SW12STG2)
      day = start;
    }
    Staff previous = null;
    while (day <= asAt && (end == NONE || day < end)) {
      Staff worker = staffing.pick(team, day, rand);
      for (int retry = 0; retry < 3 && worker != null && worker == previous; retry++) {
        worker = staffing.pick(team, day, rand);
      }
      previous = worker;
      if (worker == null) {
        day = staffing.nextStart(team, day);
        if (day == NONE) {
          return;
        }
        continue;
      }
      int stop = end;
      String reason = endReason;
      int gap = 0;
      if (worker.end != NONE && (stop == NONE || worker.end < stop)) {
        stop = worker.end;
        reason = "LEFTRL";
        gap = rand.chance(0.35) ? rand.between(3, 40) : 0;
      }
      int change = day + 1 + (int) (rand.exponential(365 / OTHER_CHANGES_PER_YEAR));
      if (change <= asAt && (stop == NONE || change < stop)) {
        stop = change;
        reason = OTHER_REASON.pick(rand);
        gap = 0;
      }
      if (stop == NONE && rand.chance(UNALLOCATED_AT_AS_AT)) {
        stop = Math.max(day + 1, asAt - rand.between(0, 40));
        reason = "LEFTRL".equals(reason) ? reason : "MANAGE";
        stop = stop > asAt ? NONE : stop;
        add(worker, team, day, stop, stop == NONE ? null : reason);
        return;
      }
      add(worker, team, day, stop, stop == NONE ? null : reason);
      if (stop == end || stop == NONE) {
        return;
      }
      day = stop + gap;
    }
  }

  /** Whether the child is looked after on some day from {@code from} to {@code to}. */
  private boolean lookedAfterBetween(int from, int to) {
    for (CarePeriod period : care) {
      if (period.start <= to && period.end > from) {
        return true;
      }
    }
    return false;
  }

  private void add(Staff worker, int team, int start, int end, String reason) {
    String id = childId + "-W" + (allocations.size() + 1);
    allocations.add(
        new Allocation(id, worker.id, staffing.teamId(team), date(start), date(end), reason));
  }
}
