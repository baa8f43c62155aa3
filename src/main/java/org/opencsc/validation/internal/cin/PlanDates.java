package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** The periods of a child's plans, for the rules on plans running at the same time. */
final class PlanDates {

  private PlanDates() {}

  /** Every element of that name in the child's episodes ({@code CINPlanDates}, …). */
  static List<XmlNode> all(CinChild child, String element) {
    List<XmlNode> all = new ArrayList<>();
    for (XmlNode details : child.details()) {
      all.addAll(details.all(element));
    }
    return all;
  }

  /**
   * {@code day} falls in a plan running from {@code start} until the day before {@code end}, or to
   * the reference date included when the plan has no end: a plan may start the day another ends.
   */
  static boolean during(
      LocalDate day, @Nullable LocalDate start, @Nullable LocalDate end, LocalDate reference) {
    if (start == null || day.isBefore(start)) {
      return false;
    }
    return end != null ? day.isBefore(end) : !day.isAfter(reference);
  }
}
