package org.opencsc.validation;

import java.util.List;

/**
 * A rule that failed for a child: the values it found wrong ({@code flagged}) and, to explain it,
 * the other records involved ({@code related}: the episode it overlaps, the review it should
 * follow).
 */
public record RuleFinding(
    RuleDefinition rule, String childId, List<Location> flagged, List<Location> related) {

  public RuleFinding {
    flagged = List.copyOf(flagged);
    related = List.copyOf(related);
  }

  public String code() {
    return rule.code();
  }

  public RuleSeverity severity() {
    return rule.severity();
  }

  /** The first value flagged: where the finding is listed, and the record an error keeps out. */
  public Location where() {
    return flagged.get(0);
  }

  /**
   * The finding in words, for the load history and the command line: the DfE's message, the values
   * found (all of them, also on other rows), the related records, and what to do.
   */
  public String explanation() {
    StringBuilder text = new StringBuilder(rule.message());
    text.append(" Found: ").append(list(flagged)).append('.');
    if (!related.isEmpty()) {
      text.append(" Related: ").append(list(related)).append('.');
    }
    if (!rule.advice().isBlank()) {
      text.append(" What to do: ").append(rule.advice());
    }
    return text.toString();
  }

  private static String list(List<Location> locations) {
    StringBuilder text = new StringBuilder();
    for (Location l : locations) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(l);
    }
    return text.toString();
  }
}
