package org.opencsc.reports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a scrutiny report says, before it is laid out: one theme's indicators over the period the
 * committee chose, beside the same period a year before, for the council and by service area and
 * team. Figures only: nothing in it names or identifies a child.
 *
 * @param councilName the council's name
 * @param theme the indicator group
 * @param question the committee's request in its words, if it made one
 * @param periodStart the period's first day
 * @param asAt its last day
 * @param yearBeforeStart the first day of the same period a year before
 * @param yearBeforeEnd its last day
 * @param generatedAt when the report was made, in UK time
 * @param lines one per indicator of the theme, in the set's order
 */
public record ScrutinyContent(
    String councilName,
    String theme,
    @Nullable String question,
    LocalDate periodStart,
    LocalDate asAt,
    LocalDate yearBeforeStart,
    LocalDate yearBeforeEnd,
    OffsetDateTime generatedAt,
    List<ScrutinyLine> lines) {

  public ScrutinyContent {
    Objects.requireNonNull(councilName, "councilName");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(yearBeforeStart, "yearBeforeStart");
    Objects.requireNonNull(yearBeforeEnd, "yearBeforeEnd");
    Objects.requireNonNull(generatedAt, "generatedAt");
    lines = List.copyOf(lines);
  }
}
