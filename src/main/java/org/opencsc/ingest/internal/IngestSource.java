package org.opencsc.ingest.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A family of input files the ingest reads (SSDA903, CIN census, …), declared as a Spring bean. A
 * run asks every source to {@link #recognise} every file, creates the staging tables of each source
 * that recognised a file, {@link #stage}s each recognised file in its own savepoint, then runs
 * those sources' {@link #transformSql} (lowest {@link #order} first), then their {@link
 * #fillInSql}, and finally the core transform, which merges the children staged by all sources. A
 * transform reads only its own family's staging tables (and the shared {@code stage_child}, {@code
 * stage_finding} and load tables).
 *
 * <p>Staging tables are temporary ({@code on commit drop}); their first two columns are {@code
 * source_file text, source_row bigint}, so every loaded record keeps where it came from.
 */
public interface IngestSource {

  /** The family's name in reports, e.g. {@code SSDA903}. */
  String family();

  /** Which part of this family the file is, from its first bytes; empty if not this family. */
  Optional<Recognised> recognise(FileSample sample);

  /** SQL creating this family's temporary staging tables (several statements allowed). */
  String stagingSql();

  /**
   * Streams one file this source recognised into its staging tables ({@link Staging#table}).
   * Row-level problems go to {@code findings}: an {@link org.opencsc.ingest.Severity#ERROR} keeps
   * the row out (do not stage it), a {@link org.opencsc.ingest.Severity#QUERY} stages it.
   *
   * @return the rows read: data rows of a CSV file, children of an XML file
   * @throws UnreadableFileException when the file cannot be used at all (wrong structure, not
   *     well-formed, truncated); the run then rolls back everything this file staged
   */
  long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException;

  /**
   * SQL run once all files are staged: cross-row checks (insert into {@code stage_finding}, delete
   * the rejected staging rows) and the move from staging into the snapshot's load tables, named in
   * braces ({@code insert into {episode_of_care} …}); children go to {@code stage_child} and {@code
   * stage_child_disability}, which the core transform merges. {@code :snapshot_id} is the new
   * snapshot's ID.
   */
  String transformSql();

  /**
   * SQL run once every present source's {@link #transformSql} has run (in the same order), before
   * the core transform: for a family that fills in fields of records another family loads,
   * whichever family that turns out to be (the SSD's assessments fill in the CIN census's, or Annex
   * A's, which runs after the SSD). Same conventions as {@link #transformSql}; empty when there is
   * none.
   */
  default String fillInSql() {
    return "";
  }

  /**
   * Runs once every file is staged, before any transform: for checks that need all of a family's
   * files at once (the DfE's SSDA903 rules read a child's rows across every table). Findings go to
   * {@code findings}; an error's rows are deleted from staging here.
   */
  default void afterStaging(IngestContext context, Connection connection, Findings findings)
      throws SQLException {}

  /**
   * Runs before the run takes the lock or records anything: for what a source reads besides the
   * folder (the SSDA903 source reads last year's return from {@link IngestContext#previous}).
   *
   * @throws org.opencsc.ingest.IngestException when that cannot be used: the run does not start
   */
  default void prepare(IngestContext context) {}

  /** Order of transforms among sources, lowest first. */
  default int order() {
    return 100;
  }
}
