package org.opencsc.ingest.internal.annexa;

import org.jspecify.annotations.Nullable;

/**
 * A column of an Annex A list: its heading in the template, what its values are, and whether it is
 * staged (only the columns OpenCSC loads are; every column is checked).
 *
 * @param codes for {@link Kind#CODE}, the field of {@code codes-<year>.csv} the value belongs to
 * @param staged the staging table's column, or null when the column is only checked
 * @param mandatory a blank value keeps the row out
 * @param optional the heading may be missing (List 9's four columns that the older template lacks)
 */
record Column(
    String heading,
    Kind kind,
    @Nullable String codes,
    @Nullable String staged,
    boolean mandatory,
    boolean optional) {

  /** What a cell may hold. */
  enum Kind {
    TEXT,
    DATE,
    NUMBER,
    YES_NO,
    CODE
  }

  static Column text(String heading) {
    return new Column(heading, Kind.TEXT, null, null, false, false);
  }

  static Column date(String heading) {
    return new Column(heading, Kind.DATE, null, null, false, false);
  }

  static Column number(String heading) {
    return new Column(heading, Kind.NUMBER, null, null, false, false);
  }

  static Column yesNo(String heading) {
    return new Column(heading, Kind.YES_NO, "yesno", null, false, false);
  }

  static Column code(String heading, String codes) {
    return new Column(heading, Kind.CODE, codes, null, false, false);
  }

  /** Staged for the transform, in this staging column. */
  Column as(String stagingColumn) {
    return new Column(heading, kind, codes, stagingColumn, mandatory, optional);
  }

  /** Must have a value. */
  Column required() {
    return new Column(heading, kind, codes, staged, true, optional);
  }

  /** May be absent from the sheet. */
  Column absentAllowed() {
    return new Column(heading, kind, codes, staged, mandatory, true);
  }
}
