package org.opencsc.drilldown;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record on a child's timeline: its date (the start, for a plan, an episode or an enquiry), its
 * end (null for a one-day event or one still open), what it is, the record's id in its table, and
 * its details as recorded (codes, not yet words; a detail not recorded is left out).
 */
public record TimelineEntry(
    LocalDate date,
    @Nullable LocalDate endDate,
    TimelineKind kind,
    String recordId,
    List<Detail> details) {

  /**
   * One recorded field of the record and its value (a code, a date yyyy-mm-dd, true/false, ...).
   */
  public record Detail(String field, String value) {
    public Detail {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
    details = List.copyOf(details);
  }
}
