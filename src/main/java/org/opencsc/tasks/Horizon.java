package org.opencsc.tasks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * How far ahead a task list looks: what is overdue, and what falls due in the next 7, 14 or 28
 * days.
 */
public enum Horizon {
  DAYS_7(7),
  DAYS_14(14),
  DAYS_28(28);

  /** What the pages show unless asked otherwise. */
  public static final Horizon DEFAULT = DAYS_28;

  private final int days;

  Horizon(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }

  /** The last due date inside the horizon ({@code today} plus its days, that day included). */
  public LocalDate lastDay(LocalDate today) {
    return today.plusDays(days);
  }

  /** The horizon of so many days, if it is one of the three. */
  public static Optional<Horizon> of(int days) {
    return Arrays.stream(values()).filter(h -> h.days == days).findFirst();
  }
}
