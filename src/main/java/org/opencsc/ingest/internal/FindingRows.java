package org.opencsc.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;

/**
 * A row of {@code stage_finding} or {@code ingest_finding} (the same columns) as a {@link Finding}:
 * the run reads its staged findings with it, the load history its recorded ones, and the sources'
 * tests theirs.
 */
public final class FindingRows {

  private FindingRows() {}

  /** A {@code RowMapper}: {@code .query(FindingRows::finding)}. */
  public static Finding finding(ResultSet rs, int rowNum) throws SQLException {
    return new Finding(
        rs.getString("file_name"),
        rs.getObject("row_number", Long.class),
        rs.getString("child_id"),
        rs.getString("field"),
        rs.getString("value"),
        rs.getString("rule"),
        Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
        rs.getString("message"));
  }
}
