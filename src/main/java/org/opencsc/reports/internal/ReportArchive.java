package org.opencsc.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.opencsc.reports.Report;
import org.opencsc.reports.ReportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The kept reports (table {@code report}); the queries are in {@code sql/}. */
@Repository
public class ReportArchive {

  /** Who {@code generated_by} names for the schedule's packs. */
  public static final String SCHEDULE = "schedule";

  private final JdbcClient jdbc;
  private final String insert = sql("insert_report");
  private final String reports = sql("reports");
  private final String one = sql("report");
  private final String pdf = sql("report_pdf");
  private final String html = sql("report_html");
  private final String scheduledExists = sql("scheduled_exists");

  ReportArchive(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps a report; empty when it is the schedule's board pack and the schedule has kept one for
   * the snapshot already (another instance got there first).
   */
  @Transactional
  public Optional<Report> keep(
      ServedSnapshot snapshot, RenderedReport report, String by, boolean scheduled) {
    return jdbc.sql(insert)
        .param("kind", report.kind().id())
        .param("snapshot_id", snapshot.snapshotId())
        .param("as_at", report.asAt())
        .param("period_start", report.periodStart())
        .param("theme", report.theme())
        .param("question", report.question())
        .param("generated_by", by)
        .param("scheduled", scheduled)
        .param("html", report.html())
        .param("pdf", report.pdf())
        .param("pages", report.pages())
        .query(ReportArchive::report)
        .optional();
  }

  @Transactional(readOnly = true)
  public boolean scheduledExists(ServedSnapshot snapshot) {
    return jdbc.sql(scheduledExists)
        .param("snapshot_id", snapshot.snapshotId())
        .query(Boolean.class)
        .single();
  }

  @Transactional(readOnly = true)
  public List<Report> reports(int limit) {
    return jdbc.sql(reports).param("limit", limit).query(ReportArchive::report).list();
  }

  @Transactional(readOnly = true)
  public Optional<Report> report(long id) {
    return jdbc.sql(one).param("report_id", id).query(ReportArchive::report).optional();
  }

  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(long id) {
    return jdbc.sql(pdf).param("report_id", id).query(byte[].class).optional();
  }

  @Transactional(readOnly = true)
  public Optional<String> html(long id) {
    return jdbc.sql(html).param("report_id", id).query(String.class).optional();
  }

  private static Report report(ResultSet rs, int n) throws SQLException {
    return new Report(
        rs.getLong("report_id"),
        ReportKind.of(rs.getString("kind")),
        rs.getLong("snapshot_id"),
        rs.getObject("as_at", LocalDate.class),
        rs.getObject("period_start", LocalDate.class),
        rs.getString("theme"),
        rs.getString("question"),
        rs.getObject("generated_at", OffsetDateTime.class),
        rs.getString("generated_by"),
        rs.getBoolean("scheduled"),
        rs.getInt("pages"),
        rs.getLong("bytes"));
  }

  private static String sql(String name) {
    return SqlFile.load(ReportArchive.class, "sql/" + name + ".sql");
  }
}
