package org.opencsc.ingest.internal.ssda903;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of an SSDA903 table: its DfE name, what kind of value it holds and whether it may be
 * blank.
 *
 * @param dfeRule for an {@link Need#EXPECTED} column, the DfE validation rule that asks for it
 */
record Column(String name, Kind kind, Need need, @Nullable String dfeRule) {

  /** What a column holds, and so how a value is read and checked. */
  enum Kind {
    /** The child's ID: trimmed and upper-cased. */
    CHILD,
    /** Free text, trimmed (postcodes, URN, LA code, worker ID). */
    TEXT,
    /** A code in the year's code list, compared upper-cased. */
    CODE,
    /** SEX: a code in the year's list; the 1/2 of older returns becomes M/F. */
    SEX,
    /** A unique pupil number, or UN1 to UN5 when it is not known (DfE rule 168). */
    UPN,
    /** A date, dd/mm/yyyy. */
    DATE,
    /** A date in which unknown parts may be ZZ (day, month) or ZZZZ (year): DATE_PERM. */
    PARTIAL_DATE,
    /** A Strengths and Difficulties Questionnaire score, 0 to 40 (DfE rule 180). */
    SDQ_SCORE
  }

  /** Whether a column may be blank. */
  enum Need {
    /** The row cannot be loaded without it: blank is an error. */
    REQUIRED,
    /** The DfE asks for it but the row can be loaded without it: blank is a query. */
    EXPECTED,
    /** May be blank. */
    OPTIONAL
  }

  Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(need, "need");
  }

  static Column required(String name, Kind kind) {
    return new Column(name, kind, Need.REQUIRED, null);
  }

  static Column expected(String name, Kind kind, @Nullable String dfeRule) {
    return new Column(name, kind, Need.EXPECTED, dfeRule);
  }

  static Column optional(String name, Kind kind) {
    return new Column(name, kind, Need.OPTIONAL, null);
  }

  /** The staging table's column: the DfE name in lower case. */
  String stagingName() {
    return name.toLowerCase(Locale.ROOT);
  }
}
