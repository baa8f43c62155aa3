package org.opencsc.validation;

/** A record a rule can point at: a row of an SSDA903 table, an element of the CIN census. */
public interface Located {

  /** The table or element it belongs to: {@code Episodes}, {@code Assessments}. */
  String table();

  /** The file's row number (SSDA903) or the element's line (CIN census). */
  long row();

  /** The field's value as the file has it, trimmed; {@code ""} when blank or absent. */
  String value(String field);
}
