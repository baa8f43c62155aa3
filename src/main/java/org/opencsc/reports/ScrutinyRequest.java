package org.opencsc.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a scrutiny committee asks for: one theme's figures over a period.
 *
 * @param theme the indicator group ({@code front-door}, {@code children-in-care}…)
 * @param from the period's first day
 * @param to the period's last day: the figures' as-at date
 * @param question the committee's request in its words, optional
 */
public record ScrutinyRequest(
    @Nullable String theme,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String question) {

  public static final int MAX_QUESTION_LENGTH = 1000;

  /**
   * What is wrong with the request, by field ({@code theme}, {@code from}, {@code to}, {@code
   * question}), as message keys; empty when it can be answered from a snapshot as at {@code
   * servedAsAt}.
   */
  public Map<String, String> problems(Collection<String> themes, LocalDate servedAsAt) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (theme == null || !themes.contains(theme)) {
      problems.put("theme", "scrutiny.error.theme");
    }
    if (from == null) {
      problems.put("from", "scrutiny.error.from");
    }
    if (to == null) {
      problems.put("to", "scrutiny.error.to");
    } else if (to.isAfter(servedAsAt)) {
      problems.put("to", "scrutiny.error.to-after-snapshot");
    } else if (from != null && from.isAfter(to)) {
      problems.put("from", "scrutiny.error.from-after-to");
    }
    if (question != null && question.strip().length() > MAX_QUESTION_LENGTH) {
      problems.put("question", "scrutiny.error.question");
    }
    return problems;
  }

  /** The question as kept: stripped, null when blank. */
  public @Nullable String cleanQuestion() {
    return question == null || question.isBlank() ? null : question.strip();
  }
}
