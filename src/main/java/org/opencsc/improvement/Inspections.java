package org.opencsc.improvement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of inspections and visits and their findings. Who may change it is the web layer's
 * rule (administrators, directors, performance analysts); everyone signed in may read it.
 */
@Service
@Transactional
public class Inspections {

  private final JdbcClient jdbc;

  Inspections(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every inspection, the latest first. */
  @Transactional(readOnly = true)
  public List<Inspection> inspections() {
    return jdbc.sql(sql("inspections")).param("id", null).query(Inspections::inspection).list();
  }

  @Transactional(readOnly = true)
  public Optional<Inspection> inspection(long id) {
    return jdbc.sql(sql("inspections")).param("id", id).query(Inspections::inspection).optional();
  }

  /** Adds an inspection; answers its id. */
  public long add(InspectionDraft draft, String by) {
    return jdbc.sql(sql("insert_inspection"))
        .param("kind", draft.kind().id())
        .param("inspected_on", draft.inspectedOn())
        .param("theme", draft.theme())
        .param("judgement", draft.judgement() == null ? null : draft.judgement().id())
        .param("letter_url", draft.letterUrl())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** Replaces what an inspection says; false when there is no such inspection. */
  public boolean change(long id, InspectionDraft draft, String by) {
    return jdbc.sql(sql("update_inspection"))
            .param("id", id)
            .param("kind", draft.kind().id())
            .param("inspected_on", draft.inspectedOn())
            .param("theme", draft.theme())
            .param("judgement", draft.judgement() == null ? null : draft.judgement().id())
            .param("letter_url", draft.letterUrl())
            .param("by", by)
            .update()
        == 1;
  }

  /** One inspection's findings, priority actions first, then in the order they were added. */
  @Transactional(readOnly = true)
  public List<Finding> findings(long inspectionId) {
    return jdbc.sql(sql("findings"))
        .param("inspection_id", inspectionId)
        .param("finding_id", null)
        .query(Inspections::finding)
        .list();
  }

  /** Every finding of every inspection, the latest inspection first: what an action may answer. */
  @Transactional(readOnly = true)
  public List<Finding> allFindings() {
    return jdbc.sql(sql("findings"))
        .param("inspection_id", null)
        .param("finding_id", null)
        .query(Inspections::finding)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Finding> finding(long findingId) {
    return jdbc.sql(sql("findings"))
        .param("inspection_id", null)
        .param("finding_id", findingId)
        .query(Inspections::finding)
        .optional();
  }

  /** Adds a finding to an inspection; answers its id. */
  public long addFinding(long inspectionId, FindingKind kind, String text, String by) {
    return jdbc.sql(sql("insert_finding"))
        .param("inspection_id", inspectionId)
        .param("kind", kind.id())
        .param("text", text)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** Rewrites a finding; false when there is no such finding. */
  public boolean changeFinding(long findingId, FindingKind kind, String text, String by) {
    return jdbc.sql(sql("update_finding"))
            .param("finding_id", findingId)
            .param("kind", kind.id())
            .param("text", text)
            .param("by", by)
            .update()
        == 1;
  }

  private static Inspection inspection(ResultSet rs, int n) throws SQLException {
    String judgement = rs.getString("judgement");
    return new Inspection(
        rs.getLong("inspection_id"),
        InspectionKind.of(rs.getString("kind")),
        rs.getObject("inspected_on", LocalDate.class),
        rs.getString("theme"),
        judgement == null ? null : Judgement.of(judgement),
        rs.getString("letter_url"),
        rs.getInt("findings"),
        rs.getString("changed_by"),
        rs.getObject("changed_at", OffsetDateTime.class));
  }

  static Finding finding(ResultSet rs, int n) throws SQLException {
    return new Finding(
        rs.getLong("finding_id"),
        rs.getLong("inspection_id"),
        FindingKind.of(rs.getString("kind")),
        rs.getString("finding_text"),
        InspectionKind.of(rs.getString("inspection_kind")),
        rs.getObject("inspected_on", LocalDate.class),
        rs.getString("theme"));
  }

  static String sql(String name) {
    return SqlFile.load(Inspections.class, "sql/" + name + ".sql");
  }
}
