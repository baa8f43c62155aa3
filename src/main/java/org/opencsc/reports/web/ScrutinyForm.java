package org.opencsc.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.opencsc.reports.ScrutinyRequest;

/**
 * The scrutiny report's form as typed: dates as the date inputs send them (yyyy-mm-dd), kept as
 * text so that what was typed is shown again beside its error.
 */
record ScrutinyForm(
    @Nullable String theme, @Nullable String from, @Nullable String to, @Nullable String question) {

  /** A form to start from: the twelve months to the loaded data's date. */
  static ScrutinyForm startingAt(LocalDate servedAsAt) {
    return new ScrutinyForm(
        null, servedAsAt.minusYears(1).plusDays(1).toString(), servedAsAt.toString(), "");
  }

  ScrutinyRequest request() {
    return new ScrutinyRequest(blankToNull(theme), date(from), date(to), question);
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
