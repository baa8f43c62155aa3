package org.opencsc.calendar.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.opencsc.database.SqlFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills {@code bank_holiday} with the configured non-working days each time Flyway has migrated the
 * database: at every start of the server, and at the first database use of a command-line command
 * (whose lazy context migrates then), so the SQL functions always count with the same days as
 * {@link org.opencsc.calendar.WorkingDays}. Delete and insert run in one transaction.
 */
@Component
class BankHolidayTable implements Callback {

  private static final Logger log = LoggerFactory.getLogger(BankHolidayTable.class);

  private final NonWorkingDays days;

  BankHolidayTable(NonWorkingDays days) {
    this.days = days;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      fill(context.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot fill bank_holiday: " + e.getMessage(), e);
    }
  }

  @Override
  public String getCallbackName() {
    return "opencsc-bank-holidays";
  }

  /** Replaces the table's rows in one transaction on the connection, restoring its auto-commit. */
  void fill(Connection connection) throws SQLException {
    NamedParameterJdbcTemplate jdbc =
        new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
    Boolean exists =
        jdbc.getJdbcTemplate().queryForObject(sql("bank_holiday_table_exists"), Boolean.class);
    if (!Boolean.TRUE.equals(exists)) {
      log.info("bank_holiday is not there yet (migrations short of V10): left unfilled");
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      jdbc.getJdbcTemplate().execute(sql("lock_bank_holiday"));
      jdbc.getJdbcTemplate().update(sql("delete_bank_holidays"));
      jdbc.update(sql("insert_bank_holidays"), parameters(connection, days.rows()));
      connection.commit();
    } catch (RuntimeException | SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    log.info(
        "bank_holiday: {} bank holidays from {}, {} closure days from configuration",
        days.file().holidays().size(),
        days.file().source(),
        days.closureDays().size());
  }

  private static MapSqlParameterSource parameters(
      Connection connection, List<NonWorkingDays.Row> rows) throws SQLException {
    return new MapSqlParameterSource()
        .addValue("holiday_dates", textArray(connection, rows, row -> row.holidayDate().toString()))
        .addValue("titles", textArray(connection, rows, NonWorkingDays.Row::title))
        .addValue("sources", textArray(connection, rows, NonWorkingDays.Row::source));
  }

  private static Array textArray(
      Connection connection,
      List<NonWorkingDays.Row> rows,
      Function<NonWorkingDays.Row, String> column)
      throws SQLException {
    return connection.createArrayOf("text", rows.stream().map(column).toArray());
  }

  private static String sql(String name) {
    return SqlFile.load(BankHolidayTable.class, "sql/" + name + ".sql");
  }
}
