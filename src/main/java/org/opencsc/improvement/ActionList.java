package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.List;

/**
 * Some of the plan's actions as seen on one day: what "my work" and the overview show.
 *
 * @param today the day overdue and at risk are judged on
 */
public record ActionList(LocalDate today, List<ImprovementAction> actions) {

  public ActionList {
    actions = List.copyOf(actions);
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }

  public long overdue() {
    return actions.stream().filter(a -> a.overdue(today)).count();
  }

  public long atRisk() {
    return actions.stream().filter(a -> a.atRisk(today)).count();
  }
}
