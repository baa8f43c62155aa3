package org.opencsc.reports.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a scrutiny report.
 *
 * @param line the council's figure for the period, with its trend, target, RAG, England's figure
 *     and the change on the year before
 * @param description what the indicator counts, from its definition
 * @param yearBefore the council's value for the same period a year before
 * @param yearBeforeCounts its numerator and denominator; null for a count or without a value
 * @param units the figure for each service area and each team, service area first
 */
public record ScrutinyLine(
    PackLine line,
    String description,
    String yearBefore,
    @Nullable Counts yearBeforeCounts,
    List<UnitLine> units) {

  public ScrutinyLine {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(description, "description");
    units = List.copyOf(units);
  }

  /**
   * One unit's figure.
   *
   * @param level {@code service-area} or {@code team}
   * @param name the unit's name ("Unallocated" for the rows no worker held)
   * @param value its value
   * @param counts its numerator and denominator; null for a count or without a value
   */
  public record UnitLine(String level, String name, String value, @Nullable Counts counts) {}
}
