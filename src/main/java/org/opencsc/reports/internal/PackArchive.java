package org.opencsc.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.database.SqlFile;
import org.opencsc.reports.BoardPack;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The kept packs (table {@code board_pack}); the queries are in {@code sql/}. */
@Repository
public class PackArchive {

  /** Who {@code generated_by} names for the schedule's packs. */
  public static final String SCHEDULE = "schedule";

  private final JdbcClient jdbc;
  private final String insert = sql("insert_pack");
  private final String packs = sql("packs");
  private final String one = sql("pack");
  private final String pdf = sql("pack_pdf");
  private final String html = sql("pack_html");
  private final String scheduledExists = sql("scheduled_exists");

  PackArchive(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps a pack; empty when it is the schedule's and the schedule has kept one for the snapshot
   * already (another instance got there first).
   */
  @Transactional
  public Optional<BoardPack> keep(
      ServedSnapshot snapshot, RenderedPack pack, String by, boolean scheduled) {
    return jdbc.sql(insert)
        .param("snapshot_id", snapshot.snapshotId())
        .param("as_at", pack.asAt())
        .param("period_start", pack.periodStart())
        .param("generated_by", by)
        .param("scheduled", scheduled)
        .param("html", pack.html())
        .param("pdf", pack.pdf())
        .param("pages", pack.pages())
        .query(PackArchive::pack)
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
  public List<BoardPack> packs(int limit) {
    return jdbc.sql(packs).param("limit", limit).query(PackArchive::pack).list();
  }

  @Transactional(readOnly = true)
  public Optional<BoardPack> pack(long id) {
    return jdbc.sql(one).param("pack_id", id).query(PackArchive::pack).optional();
  }

  @Transactional(readOnly = true)
  public Optional<byte[]> pdf(long id) {
    return jdbc.sql(pdf).param("pack_id", id).query(byte[].class).optional();
  }

  @Transactional(readOnly = true)
  public Optional<String> html(long id) {
    return jdbc.sql(html).param("pack_id", id).query(String.class).optional();
  }

  private static BoardPack pack(ResultSet rs, int n) throws SQLException {
    return new BoardPack(
        rs.getLong("pack_id"),
        rs.getLong("snapshot_id"),
        rs.getObject("as_at", LocalDate.class),
        rs.getObject("period_start", LocalDate.class),
        rs.getObject("generated_at", OffsetDateTime.class),
        rs.getString("generated_by"),
        rs.getBoolean("scheduled"),
        rs.getInt("pages"),
        rs.getLong("bytes"));
  }

  private static String sql(String name) {
    return SqlFile.load(PackArchive.class, "sql/" + name + ".sql");
  }
}
