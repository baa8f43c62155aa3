package org.opencsc.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;

/**
 * The dates an Annex A workbook is for: its lists hold what happened from {@code from} to {@code
 * asAt} (both included) or was open at some time then; the twelve-month counts and the "last six
 * months" column count back from {@code asAt}. Default: the served snapshot's date and the six
 * months ending on it (1 October to 31 March for 31 March), Ofsted's and data-to-insight's period.
 */
public record AnnexAPeriod(LocalDate from, LocalDate asAt) {

  /** Why dates cannot make a workbook, and the form field each is about. */
  public enum Problem {
    /** The snapshot's data ends before the as-at date asked for. */
    AS_AT_AFTER_SNAPSHOT("asAt"),
    /** The period would start after it ends. */
    FROM_AFTER_AS_AT("from");

    private final String field;

    Problem(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  public AnnexAPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(asAt, "asAt");
  }

  /** The six months ending on {@code asAt}: from the day after the date six months before. */
  public static LocalDate sixMonthsTo(LocalDate asAt) {
    return asAt.minusMonths(6).plusDays(1);
  }

  /** The period asked for, blanks taking the defaults; check {@link #problems} first. */
  public static AnnexAPeriod of(
      ServedSnapshot snapshot, @Nullable LocalDate asAt, @Nullable LocalDate from) {
    LocalDate end = asAt == null ? snapshot.asAt() : asAt;
    return new AnnexAPeriod(from == null ? sixMonthsTo(end) : from, end);
  }

  /** What is wrong with the dates asked for (blanks take the defaults); empty when nothing. */
  public static List<Problem> problems(
      ServedSnapshot snapshot, @Nullable LocalDate asAt, @Nullable LocalDate from) {
    List<Problem> problems = new ArrayList<>();
    AnnexAPeriod period = of(snapshot, asAt, from);
    if (period.asAt().isAfter(snapshot.asAt())) {
      problems.add(Problem.AS_AT_AFTER_SNAPSHOT);
    }
    if (period.from().isAfter(period.asAt())) {
      problems.add(Problem.FROM_AFTER_AS_AT);
    }
    return problems;
  }

  /** Twelve months before the as-at date: the counts "in the last 12 months" start after it. */
  LocalDate yearAgo() {
    return asAt.minusMonths(12);
  }

  /** Six months before the as-at date: "in last six months" starts after it. */
  LocalDate sixMonthsAgo() {
    return asAt.minusMonths(6);
  }
}
