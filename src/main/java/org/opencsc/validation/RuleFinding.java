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

  /** The first value flagged: where the finding is listed. */
  public Location where() {
    return flagged.get(0);
  }
}
