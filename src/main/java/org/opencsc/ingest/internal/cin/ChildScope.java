package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.validation.cin.XmlNode;

/**
 * The child being read: where it is (the file, its position as the row) and whose it is, so that
 * every finding names file, row, child, field, value and reason; and the year whose codes apply.
 */
record ChildScope(
    SourceFile file,
    long row,
    @Nullable String childId,
    Findings findings,
    CodeLists codes,
    CollectionYear year,
    KeptOut keptOut) {

  ChildScope(
      SourceFile file,
      long row,
      @Nullable String childId,
      Findings findings,
      CodeLists codes,
      CollectionYear year) {
    this(file, row, childId, findings, codes, year, KeptOut.NOTHING);
  }

  ChildScope withChild(String id) {
    return new ChildScope(file, row, id, findings, codes, year, keptOut);
  }

  /** The same child, with the elements the DfE's rules' errors keep out. */
  ChildScope withKeptOut(KeptOut elements) {
    return new ChildScope(file, row, childId, findings, codes, year, elements);
  }

  /** A finding that keeps something out; the message says what. */
  void error(String field, @Nullable String value, String rule, String message)
      throws SQLException {
    findings.error(file, row, childId, field, value, rule, message);
  }

  /** A finding about something loaded (or, for an optional value, loaded without it). */
  void query(String field, @Nullable String value, String rule, String message)
      throws SQLException {
    findings.query(file, row, childId, field, value, rule, message);
  }

  /**
   * The codes of a repeated element (Disability, AssessmentFactors), each once: an unknown or empty
   * code is kept out on its own (error), a code given twice is loaded once (query).
   */
  List<String> codeList(List<XmlNode> items, String field) throws SQLException {
    Set<String> kept = new LinkedHashSet<>();
    for (XmlNode item : items) {
      String code = item.text();
      if (code.isEmpty()) {
        error(
            field,
            null,
            "MISSING_VALUE",
            "an empty " + field + item.where() + "; kept out: this code");
      } else if (!codes.allows(field, code)) {
        error(
            field,
            code,
            "UNKNOWN_CODE",
            "not one of the "
                + field
                + " codes of the "
                + year
                + " census"
                + item.where()
                + "; kept out: this code");
      } else if (!kept.add(code)) {
        query(field, code, "DUPLICATE_CODE", field + " " + code + " is given twice: loaded once");
      }
    }
    return new ArrayList<>(kept);
  }
}
