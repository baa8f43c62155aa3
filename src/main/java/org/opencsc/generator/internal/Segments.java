package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Need;

/**
 * Which service area holds a child's case when: {start, end, area} with end exclusive, or NONE
 * while open at asAt. Clipped to the simulated window [periodStart, asAt]; a segment starts no
 * earlier than the previous one ends (a case is held by one area at a time).
 */
final class Segments {

  private Segments() {}

  static List<int[]> of(Journey child, int periodStart, int asAt) {
    List<int[]> segments = new ArrayList<>();
    int holder = child.disabledTeam ? ServiceAreas.DISABLED_CHILDREN : ServiceAreas.CIN_CP;
    for (Need need : child.needs) {
      CarePeriod care = need.careIndex >= 0 ? child.care.get(need.careIndex) : null;
      int careStart = care == null ? NONE : care.start;
      if (need.nfa) {
        add(segments, need.referral, need.closure, ServiceAreas.FRONT_DOOR, periodStart, asAt);
        continue;
      }
      add(
          segments,
          need.referral,
          need.assessmentStart,
          ServiceAreas.FRONT_DOOR,
          periodStart,
          asAt);
      int handOver = earliest(need.cinStart, need.cpStart, careStart, need.closure);
      if (need.inNeed) {
        handOver = Math.min(handOver, need.assessmentAuth);
      }
      add(segments, need.assessmentStart, handOver, ServiceAreas.ASSESSMENT, periodStart, asAt);
      int planEnd = care == null ? need.closure : careStart;
      add(segments, handOver, planEnd, holder, periodStart, asAt);
      if (care != null) {
        add(segments, care.start, care.end, ServiceAreas.CHILDREN_IN_CARE, periodStart, asAt);
        if (child.leaverStart == care.end) {
          int end = Math.max(child.leaverEnd, care.end);
          add(segments, care.end, end, ServiceAreas.CARE_LEAVERS, periodStart, asAt);
        } else {
          add(segments, care.end, need.closure, holder, periodStart, asAt);
        }
      }
    }
    return segments;
  }

  private static int earliest(int... days) {
    int min = Integer.MAX_VALUE;
    for (int day : days) {
      if (day != NONE && day < min) {
        min = day;
      }
    }
    return min;
  }

  private static void add(
      List<int[]> segments, int start, int end, int area, int periodStart, int asAt) {
    if (!segments.isEmpty()) {
      int[] last = segments.get(segments.size() - 1);
      start = last[1] == NONE ? Integer.MAX_VALUE : Math.max(start, last[1]);
    }
    if (start == NONE || end == NONE || end <= start || start > asAt || end <= periodStart) {
      return;
    }
    int from = Math.max(start, periodStart);
    segments.add(new int[] {from, end > asAt ? NONE : end, area});
  }
}
