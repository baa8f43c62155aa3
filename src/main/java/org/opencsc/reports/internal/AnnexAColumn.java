package org.opencsc.reports.internal;

import org.jspecify.annotations.Nullable;

/**
 * A column of an Annex A list: its heading in the template and how its value is written.
 *
 * @param labels for {@link Kind#CODE}, the field of {@code annex-a-labels.csv} whose spellings the
 *     code is written in
 */
public record AnnexAColumn(String heading, Kind kind, @Nullable String labels) {

  /** What the list's query gives for the column, and so how the cell is written. */
  public enum Kind {
    /** Text as recorded. */
    TEXT,
    /** An Excel date shown dd/mm/yyyy. */
    DATE,
    /** A whole number. */
    NUMBER,
    /** A boolean, written {@code a) Yes} or {@code b) No}. */
    YES_NO,
    /** A code, written in the template's spelling ({@code N1} → {@code N1 - Abuse or neglect}). */
    CODE
  }

  static AnnexAColumn text(String heading) {
    return new AnnexAColumn(heading, Kind.TEXT, null);
  }

  static AnnexAColumn date(String heading) {
    return new AnnexAColumn(heading, Kind.DATE, null);
  }

  static AnnexAColumn number(String heading) {
    return new AnnexAColumn(heading, Kind.NUMBER, null);
  }

  static AnnexAColumn yesNo(String heading) {
    return new AnnexAColumn(heading, Kind.YES_NO, null);
  }

  static AnnexAColumn code(String heading, String labels) {
    return new AnnexAColumn(heading, Kind.CODE, labels);
  }
}
