package org.opencsc.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;

/** One line of a bank holiday file. */
public record BankHoliday(LocalDate date, String title) {

  public BankHoliday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
  }
}
