package org.opencsc.council;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.opencsc.security.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's structure in the served snapshot: service area, team, worker, and the children open
 * to each on the snapshot's date. A child is open to a unit when they have an allocation open that
 * day ({@code start_date <= as_at < end_date}) to a worker in one of its teams ({@code
 * allocation.team_id}); so a team's count is the sum of its workers', and a service area's the sum
 * of its teams'. The queries are in {@code org/opencsc/council/sql/}.
 */
@Service
@Transactional(readOnly = true)
public class CouncilStructureService {

  private final JdbcClient jdbc;
  private final Map<String, String> queries = new ConcurrentHashMap<>();

  CouncilStructureService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The served snapshot, or empty when nothing has been loaded yet. */
  public Optional<ServedSnapshot> servedSnapshot() {
    return jdbc.sql(sql("served_snapshot")).query(ServedSnapshot.class).optional();
  }

  public List<UnitCount> serviceAreas(ServedSnapshot snapshot) {
    return statement("service_areas", snapshot).query(UnitCount.class).list();
  }

  /**
   * Children with an open referral or episode of care but no open allocation: the number of rows
   * {@link #unallocatedChildren} lists, counted from the same query so that the two cannot differ.
   */
  public long unallocatedCount(ServedSnapshot snapshot) {
    return Scope.ALL
        .bind(jdbc.sql("select count(*) from (" + sql("unallocated_children") + ") unallocated"))
        .param("snapshot_id", snapshot.snapshotId())
        .param("as_at", snapshot.asAt())
        .query(Long.class)
        .single();
  }

  public Optional<ServiceArea> serviceArea(ServedSnapshot snapshot, String serviceAreaId) {
    return statement("service_area", snapshot)
        .param("service_area_id", serviceAreaId)
        .query(ServiceArea.class)
        .optional();
  }

  public List<UnitCount> teams(ServedSnapshot snapshot, String serviceAreaId) {
    return statement("teams_of_service_area", snapshot)
        .param("service_area_id", serviceAreaId)
        .query(UnitCount.class)
        .list();
  }

  public Optional<Team> team(ServedSnapshot snapshot, String teamId) {
    return statement("team", snapshot).param("team_id", teamId).query(Team.class).optional();
  }

  public List<WorkerCount> workers(ServedSnapshot snapshot, String teamId) {
    return statement("workers_of_team", snapshot)
        .param("team_id", teamId)
        .query(WorkerCount.class)
        .list();
  }

  public Optional<Worker> worker(ServedSnapshot snapshot, String workerId) {
    return statement("worker", snapshot)
        .param("worker_id", workerId)
        .query(Worker.class)
        .optional();
  }

  /**
   * One child of the snapshot and the worker and team they are allocated to on its date (null when
   * unallocated), whoever asks: the caller checks the login's scope first. Used by case audits to
   * name the worker an audit looks at.
   */
  public Optional<ChildRow> child(ServedSnapshot snapshot, String childId) {
    return statement("child", snapshot).param("child_id", childId).query(ChildRow.class).optional();
  }

  /** The service area's children on the snapshot's date, of those {@code scope} may see. */
  public List<ChildRow> childrenOfServiceArea(
      ServedSnapshot snapshot, String serviceAreaId, Scope scope) {
    return allocatedChildren(snapshot, scope, serviceAreaId, null, null);
  }

  /** The team's children on the snapshot's date, of those {@code scope} may see. */
  public List<ChildRow> childrenOfTeam(ServedSnapshot snapshot, String teamId, Scope scope) {
    return allocatedChildren(snapshot, scope, null, teamId, null);
  }

  /** The worker's children on the snapshot's date, of those {@code scope} may see. */
  public List<ChildRow> childrenOfWorker(ServedSnapshot snapshot, String workerId, Scope scope) {
    return allocatedChildren(snapshot, scope, null, null, workerId);
  }

  /** The unallocated children, of those {@code scope} may see. */
  public List<ChildRow> unallocatedChildren(ServedSnapshot snapshot, Scope scope) {
    return scope.bind(statement("unallocated_children", snapshot)).query(ChildRow.class).list();
  }

  private List<ChildRow> allocatedChildren(
      ServedSnapshot snapshot,
      Scope scope,
      @Nullable String serviceAreaId,
      @Nullable String teamId,
      @Nullable String workerId) {
    return scope
        .bind(statement("allocated_children", snapshot))
        .param("service_area_id", serviceAreaId, Types.VARCHAR)
        .param("team_id", teamId, Types.VARCHAR)
        .param("worker_id", workerId, Types.VARCHAR)
        .query(ChildRow.class)
        .list();
  }

  private StatementSpec statement(String query, ServedSnapshot snapshot) {
    return jdbc.sql(sql(query))
        .param("snapshot_id", snapshot.snapshotId())
        .param("as_at", snapshot.asAt());
  }

  private String sql(String name) {
    return queries.computeIfAbsent(name, CouncilStructureService::load);
  }

  private static String load(String name) {
    return SqlFile.load(CouncilStructureService.class, "sql/" + name + ".sql");
  }
}
