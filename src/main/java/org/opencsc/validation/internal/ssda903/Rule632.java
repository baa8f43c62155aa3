package org.opencsc.validation.internal.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * DATE_PERM, when given, must be a date {@code dd/mm/yyyy} whose unknown parts may be ZZ (day,
 * month) or ZZZZ (year), and must be before the start (DECOM) of the child's first episode in the
 * return. A period of care that began in an earlier year can hide a wrong date.
 */
@DfeRule(
    code = "632",
    fields = {"DATE_PERM", "DECOM"},
    advice =
        "Record the date of the previous permanence order as dd/mm/yyyy (ZZ for an unknown day or"
            + " month), before the child started to be looked after.")
final class Rule632 implements Rule<LookedAfterChild> {

  /** A date read with its unknown parts taken as the earliest they could be. */
  private record PartialDate(@Nullable LocalDate earliest) {}

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row first = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.date("DECOM") != null) {
        first = episode;
        break; // episodes are in start order
      }
    }
    for (Ssda903Row prev : child.prevPerm()) {
      if (prev.blank("DATE_PERM")) {
        continue;
      }
      PartialDate date = read(prev.value("DATE_PERM"));
      if (date == null) {
        out.flag(prev, "DATE_PERM");
      } else if (first != null
          && date.earliest() != null
          && !date.earliest().isBefore(first.date("DECOM"))) {
        out.flag(prev, "DATE_PERM").flag(first, "DECOM");
      }
    }
  }

  /** The date, or null when it is not {@code dd/mm/yyyy} with ZZ parts allowed. */
  private static @Nullable PartialDate read(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 3
        || parts[0].length() != 2
        || parts[1].length() != 2
        || parts[2].length() != 4) {
      return null;
    }
    Integer day = part(parts[0]);
    Integer month = part(parts[1]);
    Integer year = part(parts[2]);
    if (day == null || month == null || year == null) {
      return null;
    }
    if (day > 31 || month > 12) {
      return null;
    }
    if (year < 0) {
      return new PartialDate(null);
    }
    try {
      LocalDate earliest = LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
      return new PartialDate(earliest);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A part's number, 0 when unknown (all Z; a year -1), or null when neither. */
  private static @Nullable Integer part(String part) {
    if (part.chars().allMatch(c -> c == 'Z')) {
      return part.length() == 4 ? -1 : 0;
    }
    if (!part.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int value = Integer.parseInt(part);
    return part.length() == 2 && value == 0 ? null : value;
  }
}
