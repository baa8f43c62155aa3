package org.opencsc.drilldown;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.opencsc.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's record in the served snapshot, read in the login's scope: every query filters with
 * {@code children_in_scope} as {@link Scope} describes, so a child outside the scope has no record
 * here even if a caller forgot to check. The queries are in {@code org/opencsc/drilldown/sql/}.
 */
@Service
@Transactional(readOnly = true)
public class ChildRecordService {

  private final JdbcClient jdbc;
  private final String summary;
  private final String timeline;
  private final String caseHolders;
  private final String workersIn12Months;

  ChildRecordService(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.summary = load("child_summary");
    this.timeline = load("timeline");
    this.caseHolders = load("case_holders");
    this.workersIn12Months = load("workers_in_12_months");
  }

  /** The child's record, or empty when the snapshot has no such child or the scope excludes it. */
  public Optional<ChildRecord> record(ServedSnapshot snapshot, String childId, Scope scope) {
    if (!scope.seesChildren()) {
      return Optional.empty();
    }
    return statement(summary, snapshot, childId, scope)
        .query(ChildSummary.class)
        .optional()
        .map(
            child ->
                new ChildRecord(
                    snapshot.asAt(),
                    child,
                    statement(timeline, snapshot, childId, scope)
                        .query(ChildRecordService::entry)
                        .list(),
                    statement(caseHolders, snapshot, childId, scope).query(CaseHolder.class).list(),
                    statement(workersIn12Months, snapshot, childId, scope)
                        .query(Integer.class)
                        .single()));
  }

  private StatementSpec statement(
      String sql, ServedSnapshot snapshot, String childId, Scope scope) {
    return scope
        .bind(jdbc.sql(sql))
        .param("snapshot_id", snapshot.snapshotId())
        .param("as_at", snapshot.asAt())
        .param("child_id", childId);
  }

  private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
    return new TimelineEntry(
        rs.getObject("event_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class),
        TimelineKind.of(rs.getString("kind")),
        rs.getString("record_id"),
        details(rs.getArray("details")));
  }

  /** {field, value, field, value, ...}, leaving out the fields whose value is null. */
  private static List<TimelineEntry.Detail> details(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    List<TimelineEntry.Detail> details = new ArrayList<>(values.length / 2);
    for (int i = 0; i + 1 < values.length; i += 2) {
      if (values[i + 1] != null) {
        details.add(new TimelineEntry.Detail((String) values[i], (String) values[i + 1]));
      }
    }
    return details;
  }

  private static String load(String name) {
    return SqlFile.load(ChildRecordService.class, "sql/" + name + ".sql");
  }
}
