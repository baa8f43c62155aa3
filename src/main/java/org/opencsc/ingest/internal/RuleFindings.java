package org.opencsc.ingest.internal;

import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.validation.Location;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleSeverity;

/**
 * A DfE rule's finding as the load history keeps it: listed at the first value the rule flags (the
 * record an error keeps out), with the DfE's code as its rule and, in its message, every value
 * flagged, the related records and what to do.
 */
public final class RuleFindings {

  private RuleFindings() {}

  /**
   * @param file the file the flagged record was read from
   * @param row its row in the load history's terms (an SSDA903 file's data row; a CIN census
   *     child's position in the file)
   */
  public static Finding of(RuleFinding finding, String file, long row) {
    return finding(
        finding,
        file,
        row,
        finding.severity() == RuleSeverity.ERROR ? Severity.ERROR : Severity.QUERY,
        finding.explanation());
  }

  /**
   * A DfE error in the child's own record (the SSDA903 Header, the CIN census child's identifiers
   * and characteristics). Keeping that record out would take every episode, plan and visit of the
   * child out of every figure, so the child is loaded and the finding listed as a query that says
   * so.
   */
  public static Finding loadedAnyway(RuleFinding finding, String file, long row) {
    return finding(
        finding,
        file,
        row,
        Severity.QUERY,
        finding.explanation()
            + " (The DfE counts this as an error. OpenCSC loads the child all the same, so that"
            + " the child's other records are not lost: correct it at the source.)");
  }

  /**
   * A finding about the return as a whole (a CIN census's totals): listed against the file, about
   * no child and no row. Nothing is kept out, so a DfE error here is listed as a query that says
   * so.
   */
  public static Finding aboutTheReturn(RuleFinding finding, String file) {
    String message = finding.explanation();
    if (finding.severity() == RuleSeverity.ERROR) {
      message +=
          " (The DfE counts this as an error about the return as a whole: nothing is kept out.)";
    }
    return new Finding(file, null, null, null, null, finding.code(), Severity.QUERY, message);
  }

  private static Finding finding(
      RuleFinding finding, String file, long row, Severity severity, String message) {
    Location where = finding.where();
    return new Finding(
        file,
        row,
        finding.childId().isEmpty() ? null : finding.childId(),
        where.field().isEmpty() ? null : where.field(),
        where.value().isEmpty() ? null : where.value(),
        finding.code(),
        severity,
        message);
  }
}
