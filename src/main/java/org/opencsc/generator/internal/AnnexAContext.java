package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/**
 * What every Annex A row needs besides the child: the period the lists cover — the six months
 * ending on the extract date, data-to-insight's default and Ofsted's (1 October to 31 March for an
 * extract on 31 March) — and the names of teams and workers, which Annex A gives as text.
 */
final class AnnexAContext {

  /** Rows go to a list: the values in the order of its headings (String, LocalDate, Integer). */
  interface Sink {
    void row(AnnexAList list, @Nullable Object... values);
  }

  final LocalDate start;
  final LocalDate asAt;
  final AnnexAValues values = AnnexAValues.get();
  private final Map<String, String> teams = new HashMap<>();
  private final Map<String, String> workers = new HashMap<>();

  AnnexAContext(Organisation org) {
    this.asAt = org.asAt();
    this.start = asAt.minusMonths(6).plusDays(1);
    org.teams().forEach(t -> teams.put(t.teamId(), t.name()));
    org.workers().forEach(w -> workers.put(w.workerId(), w.name()));
  }

  /** A record from {@code from} to {@code to} (null: open) is open at some time in the period. */
  boolean open(LocalDate from, @Nullable LocalDate to) {
    return !from.isAfter(asAt) && (to == null || !to.isBefore(start));
  }

  /** The date falls in the period. */
  boolean in(@Nullable LocalDate date) {
    return date != null && !date.isBefore(start) && !date.isAfter(asAt);
  }

  /** The date if it is known on the extract date, else null. */
  @Nullable LocalDate known(@Nullable LocalDate date) {
    return date == null || date.isAfter(asAt) ? null : date;
  }

  /** In the twelve months up to the extract date. */
  boolean lastYear(@Nullable LocalDate date) {
    return date != null && date.isAfter(asAt.minusMonths(12)) && !date.isAfter(asAt);
  }

  /** The child's first five columns (and the disability column for lists 4–10). */
  Object[] child(ChildHistory history, boolean disability, Object... own) {
    ChildHistory.Child c = history.child();
    LocalDate born = c.personBirthDate();
    Integer age = born == null || born.isAfter(asAt) ? null : Period.between(born, asAt).getYears();
    Object[] row = new Object[(disability ? 6 : 5) + own.length];
    row[0] = c.childId();
    row[1] = values.label("gender", c.sex());
    row[2] = values.label("ethnicity", c.ethnicity());
    row[3] = born != null ? born : c.expectedPersonBirthDate();
    row[4] = age;
    if (disability) {
      row[5] = values.yesNo(history.disabilities().stream().anyMatch(d -> !d.equals("NONE")));
    }
    System.arraycopy(own, 0, row, disability ? 6 : 5, own.length);
    return row;
  }

  /** The allocated team's and worker's names on a day (the extract date if later), or blanks. */
  Object[] allocated(ChildHistory history, @Nullable LocalDate day) {
    LocalDate on = day == null || day.isAfter(asAt) ? asAt : day;
    return history.allocations().stream()
        .filter(a -> !a.startDate().isAfter(on))
        .filter(a -> a.endDate() == null || !a.endDate().isBefore(on))
        .max(Comparator.comparing(ChildHistory.Allocation::startDate))
        .map(a -> new Object[] {teams.get(a.teamId()), workers.get(a.workerId())})
        .orElse(new Object[] {null, null});
  }

  @Nullable String worker(@Nullable String workerId) {
    return workerId == null ? null : workers.get(workerId);
  }

  /** The latest of some dates on or before the extract date. */
  static @Nullable LocalDate latest(List<LocalDate> dates, LocalDate asAt) {
    return dates.stream()
        .filter(Objects::nonNull)
        .filter(d -> !d.isAfter(asAt))
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}
