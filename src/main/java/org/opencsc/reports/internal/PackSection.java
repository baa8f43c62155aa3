package org.opencsc.reports.internal;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the pack (front door, child protection, workforce…) and its figures.
 *
 * @param group the indicators' group id ({@code front-door}, {@code workforce}…)
 * @param lines the group's indicators, in the indicator set's order
 */
public record PackSection(String group, List<PackLine> lines) {

  public PackSection {
    Objects.requireNonNull(group, "group");
    lines = List.copyOf(lines);
  }
}
