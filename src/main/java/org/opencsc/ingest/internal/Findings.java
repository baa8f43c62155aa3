package org.opencsc.ingest.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.CopySender;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.postgresql.copy.CopyManager;

/**
 * Where a run's checks report: each finding is copied into the run's {@code stage_finding} table,
 * beside those the SQL checks insert, and all of them reach the load history and the report. A run
 * keeps at most {@value #LIMIT} findings (a broken file of millions of rows would otherwise bury
 * the report); past that it counts them and says how many were left out.
 */
public final class Findings {

  static final int LIMIT = 100_000;

  private final CopySender sender;
  private final CopyRows rows;
  private long written;
  private long leftOut;
  private final Map<String, Long> rowsLeftOut = new HashMap<>();
  private @Nullable String lastErrorFile;
  private long lastErrorRow = -1;

  /** Findings sent at once. */
  public Findings(CopyManager copy) {
    this(CopySender.direct(copy));
  }

  /** Findings sent by {@code sender}, which the run's staging shares. */
  public Findings(CopySender sender) {
    this.sender = sender;
    this.rows =
        new CopyRows(
            sender,
            "stage_finding",
            "file_name, row_number, child_id, field, value, rule, severity, message");
  }

  public void add(Finding finding) throws SQLException {
    boolean newErrorRow = finding.severity() == Severity.ERROR && isNewErrorRow(finding);
    if (written >= LIMIT) {
      leftOut++;
      if (newErrorRow) {
        rowsLeftOut.merge(finding.file(), 1L, Long::sum);
      }
      return;
    }
    rows.add(
        finding.file(),
        finding.row(),
        finding.childId(),
        finding.field(),
        finding.value(),
        finding.rule(),
        finding.severity().label(),
        finding.message());
    written++;
  }

  /** A row kept out of the snapshot. */
  public void error(
      SourceFile file,
      long row,
      @Nullable String childId,
      @Nullable String field,
      @Nullable String value,
      String rule,
      String message)
      throws SQLException {
    add(new Finding(file.name(), row, childId, field, value, rule, Severity.ERROR, message));
  }

  /** A row loaded and flagged. */
  public void query(
      SourceFile file,
      long row,
      @Nullable String childId,
      @Nullable String field,
      @Nullable String value,
      String rule,
      String message)
      throws SQLException {
    add(new Finding(file.name(), row, childId, field, value, rule, Severity.QUERY, message));
  }

  /** A file loaded and flagged as a whole (no row). */
  public void fileQuery(SourceFile file, @Nullable String value, String rule, String message)
      throws SQLException {
    add(new Finding(file.name(), null, null, null, value, rule, Severity.QUERY, message));
  }

  /** Sends what is buffered and waits until the database has it (and all sent before it). */
  public void flush() throws SQLException {
    rows.flush();
    sender.await();
  }

  /** Findings past the limit, counted but not kept. */
  long leftOut() {
    return leftOut;
  }

  /**
   * Per file, the rows kept out by errors past the limit, which {@code stage_finding} does not
   * hold: a row is counted once however many of its fields fail.
   */
  Map<String, Long> rowsLeftOut() {
    return Map.copyOf(rowsLeftOut);
  }

  /** Readers report a row's findings together, so a row is new when it differs from the last. */
  private boolean isNewErrorRow(Finding finding) {
    long row = finding.row() == null ? -1 : finding.row();
    boolean same = finding.file().equals(lastErrorFile) && row == lastErrorRow && row >= 0;
    lastErrorFile = finding.file();
    lastErrorRow = row;
    return !same;
  }
}
