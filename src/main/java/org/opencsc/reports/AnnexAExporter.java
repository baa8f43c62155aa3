package org.opencsc.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.opencsc.reports.internal.AnnexAColumn;
import org.opencsc.reports.internal.AnnexALabels;
import org.opencsc.reports.internal.AnnexASheet;
import org.opencsc.reports.internal.SheetWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes Ofsted's Annex A workbook from a snapshot: every list of the template ({@link
 * AnnexASheet}), each from its query ({@code internal/sql/list<n>.sql}, wrapped by {@code
 * child.sql}) over the snapshot's domain tables, for a period ({@link AnnexAPeriod}). The queries
 * run in one read-only, repeatable-read transaction, so the lists agree with one another even if a
 * refresh prunes the snapshot meanwhile; their rows are fetched a thousand at a time and written as
 * they come, so no list is ever held in memory whatever the council's size.
 */
@Service
public class AnnexAExporter {

  private static final int FETCH_SIZE = 1_000;

  /** The wrapper's columns before the list's own: the child's six and the list's child_id. */
  private static final int OWN_FROM = 8;

  private final DataSource dataSource;
  private final Map<AnnexASheet, String> queries = new EnumMap<>(AnnexASheet.class);
  private final AnnexALabels labels = AnnexALabels.get();

  public AnnexAExporter(DataSource dataSource) {
    this.dataSource = dataSource;
    String child = SqlFile.load(AnnexASheet.class, "sql/child.sql");
    for (AnnexASheet list : AnnexASheet.values()) {
      String file = list.queryFile();
      if (file != null) {
        queries.put(list, child.replace("/*list*/", SqlFile.load(AnnexASheet.class, file).strip()));
      }
    }
  }

  /** Writes the workbook to {@code out} (left open); what each sheet holds. */
  public AnnexAExport write(ServedSnapshot snapshot, AnnexAPeriod period, OutputStream out)
      throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      if (!joined) {
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        write(connection, snapshot, period, out, rows);
      } finally {
        if (!joined) {
          connection.rollback();
          connection.setAutoCommit(true);
          connection.setReadOnly(false);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the snapshot for Annex A: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return new AnnexAExport(period, rows);
  }

  private void write(
      Connection connection,
      ServedSnapshot snapshot,
      AnnexAPeriod period,
      OutputStream out,
      Map<String, Long> rows)
      throws IOException {
    JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    template.setFetchSize(FETCH_SIZE);
    NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(template);
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("snapshot_id", snapshot.snapshotId())
            .addValue("from", period.from())
            .addValue("as_at", period.asAt())
            .addValue("year_ago", period.yearAgo())
            .addValue("six_months_ago", period.sixMonthsAgo());
    Workbook workbook = new Workbook(out, "OpenCSC", "1.0");
    for (AnnexASheet list : AnnexASheet.values()) {
      SheetWriter sheet = new SheetWriter(workbook, list, labels);
      String query = queries.get(list);
      if (query != null) {
        jdbc.query(query, params, (ResultSet rs) -> sheet.row(values(list, rs)));
      }
      sheet.finish();
      rows.put(list.sheetName(), sheet.rows());
    }
    workbook.finish();
  }

  /** One row of the wrapper's result as the sheet's values, in the template's column order. */
  private static @Nullable Object[] values(AnnexASheet list, ResultSet rs) throws SQLException {
    List<AnnexAColumn> columns = list.columns();
    Object[] values = new Object[columns.size()];
    int child = list.childColumns();
    for (int i = 0; i < child; i++) {
      values[i] = read(rs, i + 1, columns.get(i).kind());
    }
    for (int k = 0; k < columns.size() - child; k++) {
      values[child + k] = read(rs, OWN_FROM + k, columns.get(child + k).kind());
    }
    return values;
  }

  private static @Nullable Object read(ResultSet rs, int column, AnnexAColumn.Kind kind)
      throws SQLException {
    return switch (kind) {
      case DATE -> rs.getObject(column, LocalDate.class);
      case NUMBER -> rs.getObject(column, Integer.class);
      case YES_NO -> rs.getObject(column, Boolean.class);
      case TEXT, CODE -> rs.getString(column);
    };
  }
}
