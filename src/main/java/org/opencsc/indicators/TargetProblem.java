package org.opencsc.indicators;

/**
 * Why {@link IndicatorTargets#set} refuses a target, each tied to the form field it is about so
 * that a page can show it there.
 */
public enum TargetProblem {
  /** No target is below zero: every unit (percentage, count, rate, mean) starts at zero. */
  NEGATIVE_TARGET("target", "the target cannot be below 0"),
  /** A percentage target is from 0 to 100. */
  PERCENT_TARGET_OVER_100("target", "a percentage target cannot be above 100"),
  NEGATIVE_TOLERANCE("tolerance", "the amber tolerance cannot be below 0"),
  NO_REASON("reason", "a change needs a reason"),
  REASON_TOO_LONG(
      "reason", "the reason is longer than " + IndicatorTargets.MAX_REASON_LENGTH + " characters");

  private final String field;
  private final String description;

  TargetProblem(String field, String description) {
    this.field = field;
    this.description = description;
  }

  /** The form field it is about: {@code target}, {@code tolerance} or {@code reason}. */
  public String field() {
    return field;
  }

  public String description() {
    return description;
  }
}
