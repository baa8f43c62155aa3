package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.opencsc.generator.model.ChildHistory;

/**
 * Cases each worker held on one day: the children allocated to them that day, counted as children
 * arrive.
 */
final class Caseloads {

  private final LocalDate day;
  private final Map<String, Integer> counts = new HashMap<>();

  Caseloads(LocalDate day) {
    this.day = day;
  }

  void count(ChildHistory history) {
    for (ChildHistory.Allocation a : history.allocations()) {
      if (!a.startDate().isAfter(day) && (a.endDate() == null || a.endDate().isAfter(day))) {
        counts.merge(a.workerId(), 1, Integer::sum);
      }
    }
  }

  int of(String workerId) {
    return counts.getOrDefault(workerId, 0);
  }

  Map<String, Integer> all() {
    return counts;
  }
}
