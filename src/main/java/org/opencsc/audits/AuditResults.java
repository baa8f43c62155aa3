package org.opencsc.audits;

import java.util.List;
import java.util.Locale;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case audit results: figures only (no child), so every role may read them, the board included. An
 * audit counts once it is submitted, in the calendar quarter of its submission, with its final
 * grade ({@link Audit#finalGrade}).
 */
@Service
@Transactional(readOnly = true)
public class AuditResults {

  /** The levels results are counted at. */
  public enum Level {
    COUNCIL,
    SERVICE_AREA,
    TEAM,
    WORKER;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final JdbcClient jdbc;
  private final String results;
  private final String themes;

  AuditResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.results = SqlFile.load(AuditResults.class, "sql/results.sql");
    this.themes = SqlFile.load(AuditResults.class, "sql/theme_counts.sql");
  }

  /** The grades by unit of {@code level} and quarter, by unit id then quarter. */
  public List<ResultRow> byQuarter(Level level) {
    return jdbc.sql(results).param("level", level.id()).query(ResultRow.class).list();
  }

  /** Every learning theme with the number of graded audits tagged with it, most used first. */
  public List<ThemeCount> themes() {
    return jdbc.sql(themes).query(ThemeCount.class).list();
  }
}
