package org.opencsc.improvement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.web.ErrorItem;
import org.springframework.ui.Model;

/**
 * What is wrong with a posted form, field by field (the first problem of each), as message keys:
 * the pages show them in the GOV.UK error summary and beside each field. Fields are checked in the
 * order they are on the form, so the summary lists them in that order.
 */
final class FormErrors {

  private final Map<String, String> fields = new LinkedHashMap<>();

  void add(String field, String messageKey) {
    fields.putIfAbsent(field, messageKey);
  }

  boolean any() {
    return !fields.isEmpty();
  }

  /** The text typed, stripped; a missing required one or one too long is an error. */
  String text(@Nullable String typed, String field, int max, boolean required) {
    return text(typed, field, max, required, field);
  }

  /** As {@link #text(String, String, int, boolean)}, its messages named {@code key}, not field. */
  String text(@Nullable String typed, String field, int max, boolean required, String key) {
    String text = typed == null ? "" : typed.strip();
    if (required && text.isEmpty()) {
      add(field, "improvement.error." + key + ".missing");
    } else if (text.length() > max) {
      add(field, "improvement.error." + key + ".long");
    }
    return text;
  }

  /** A date typed as year-month-day (the browser's date field sends it so); null when wrong. */
  @Nullable LocalDate date(@Nullable String typed, String field) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      add(field, "improvement.error." + field + ".missing");
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(field, "improvement.error.date");
      return null;
    }
  }

  /** Puts the error summary ({@code errors}) and the errors by field ({@code fieldErrors}). */
  void show(Model model) {
    List<ErrorItem> summary = new ArrayList<>();
    fields.forEach((field, key) -> summary.add(new ErrorItem(key, "#" + field)));
    model.addAttribute("errors", summary);
    model.addAttribute("fieldErrors", fields);
  }

  /** An empty error summary, for a form shown for the first time. */
  static void none(Model model) {
    model.addAttribute("errors", List.of());
    model.addAttribute("fieldErrors", Map.of());
  }
}
