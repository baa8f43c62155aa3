package org.opencsc.tasks;

import java.sql.Types;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.opencsc.indicators.LocalStandards;
import org.opencsc.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks open on the served snapshot's date for a worker's or a team's children, and their
 * supervision, read in a login's {@link Scope} ({@code org/opencsc/tasks/sql/tasks.sql}). Each due
 * date is the one the matching indicator measures against, with the council's local standards for
 * child protection visits and supervision.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

  private final JdbcClient jdbc;
  private final LocalStandards standards;
  private final String tasks;

  TaskService(JdbcClient jdbc, LocalStandards standards) {
    this.jdbc = jdbc;
    this.standards = standards;
    this.tasks = SqlFile.load(TaskService.class, "sql/tasks.sql");
  }

  /** The tasks of the children allocated to the worker, and the worker's supervision. */
  public Tasks ofWorker(ServedSnapshot snapshot, String workerId, Scope scope) {
    return read(snapshot, scope, workerId, null);
  }

  /** The tasks of the children allocated in the team, and its workers' supervision. */
  public Tasks ofTeam(ServedSnapshot snapshot, String teamId, Scope scope) {
    return read(snapshot, scope, null, teamId);
  }

  private Tasks read(
      ServedSnapshot snapshot, Scope scope, @Nullable String workerId, @Nullable String teamId) {
    return new Tasks(
        snapshot.asAt(),
        scope
            .bind(jdbc.sql(tasks))
            .param("snapshot_id", snapshot.snapshotId())
            .param("as_at", snapshot.asAt())
            .param("worker_id", workerId, Types.VARCHAR)
            .param("team_id", teamId, Types.VARCHAR)
            .param("cp_visit_working_days", standards.cpVisitWorkingDays())
            .param("supervision_working_days", standards.supervisionWorkingDays())
            .query(Task.class)
            .list());
  }
}
