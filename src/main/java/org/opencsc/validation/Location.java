package org.opencsc.validation;

/**
 * One value a finding points at: the table (SSDA903) or element (CIN census), the row of the file
 * or the line of the XML, the field and the value found there ({@code ""} when blank).
 *
 * @param record the record itself, for the ingest to keep it out of the snapshot
 */
public record Location(String table, long row, String field, String value, Located record) {

  /** {@code Episodes row 12 DECOM = 01/04/2025} */
  @Override
  public String toString() {
    return table + " row " + row + " " + field + " = " + (value.isEmpty() ? "(blank)" : value);
  }
}
