package org.opencsc.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.opencsc.indicators.Target;
import org.opencsc.indicators.TargetChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The council's indicator targets ({@code indicator_target}) and their append-only history ({@code
 * indicator_target_change}); the queries are in {@code sql/targets/}.
 */
@Repository
public class TargetRepository {

  private final JdbcClient jdbc;
  private final String lock = sql("lock");
  private final String one = sql("target");
  private final String all = sql("targets");
  private final String upsert = sql("upsert");
  private final String insertChange = sql("insert_change");
  private final String changes = sql("history");
  private final String version = sql("version");

  TargetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds off other changes to this indicator's target until the transaction ends. */
  public void lock(String indicator) {
    jdbc.sql(lock).param("indicator", indicator).query(rs -> {});
  }

  /** Raised by every change of any target: what was worked out with the targets can be kept. */
  public long version() {
    return jdbc.sql(version).query(Long.class).single();
  }

  public Optional<Target> target(String indicator) {
    return jdbc.sql(one).param("indicator", indicator).query(TargetRepository::target).optional();
  }

  public List<Target> targets() {
    return jdbc.sql(all).query(TargetRepository::target).list();
  }

  /** Sets the target and appends the change, with what it replaced, to the history. */
  public void save(
      String indicator,
      BigDecimal target,
      BigDecimal tolerance,
      String user,
      String reason,
      @Nullable Target old) {
    jdbc.sql(upsert)
        .param("indicator", indicator)
        .param("target", target)
        .param("amber_tolerance", tolerance)
        .param("changed_by", user)
        .update();
    Map<String, @Nullable Object> change = new HashMap<>();
    change.put("indicator", indicator);
    change.put("changed_by", user);
    change.put("old_target", old == null ? null : old.target());
    change.put("old_amber_tolerance", old == null ? null : old.amberTolerance());
    change.put("new_target", target);
    change.put("new_amber_tolerance", tolerance);
    change.put("reason", reason);
    jdbc.sql(insertChange).params(change).update();
  }

  /** The indicator's history, newest first. */
  public List<TargetChange> history(String indicator) {
    return jdbc.sql(changes).param("indicator", indicator).query(TargetRepository::change).list();
  }

  private static String sql(String name) {
    return SqlFile.load(TargetRepository.class, "sql/targets/" + name + ".sql");
  }

  private static Target target(ResultSet rs, int n) throws SQLException {
    return new Target(
        rs.getString("indicator"),
        rs.getBigDecimal("target"),
        rs.getBigDecimal("amber_tolerance"),
        rs.getString("changed_by"),
        rs.getObject("changed_at", OffsetDateTime.class));
  }

  private static TargetChange change(ResultSet rs, int n) throws SQLException {
    return new TargetChange(
        rs.getString("indicator"),
        rs.getObject("changed_at", OffsetDateTime.class),
        rs.getString("changed_by"),
        rs.getBigDecimal("old_target"),
        rs.getBigDecimal("old_amber_tolerance"),
        rs.getBigDecimal("new_target"),
        rs.getBigDecimal("new_amber_tolerance"),
        rs.getString("reason"));
  }
}
