package org.opencsc.ingest.internal.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.ssd.SsdSource;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code small} council (seed 1, as at 31 March 2026) loaded directly by the generator, and its
 * workforce census (the year ending 30 September 2025) written and imported: alone, and with the
 * SSD extract. Alone, the census gives the census fields of every worker in it (employed workers in
 * post at some time in the year, agency workers in post on 30 September) as the generator loaded
 * them, known at 30 September; with the SSD every worker comes back whole, record for record.
 */
class CswwRoundTripIT {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);
  private static final LocalDate REFERENCE = LocalDate.of(2025, 9, 30);

  /** What the census says of a worker, as the generator loaded them, known on 30 September. */
  private static final String CENSUS_FIELDS =
      """
      select swe_no, org_role, agency_worker, fte::text,
             case when not agency_worker then role_start_date end,
             case when role_end_date <= :ref then role_end_date end,
             case when role_end_date <= :ref then reason_leave end,
             case when not agency_worker then working_days_lost end::text
        from worker w
       where snapshot_id = :snapshot
         and role_start_date <= :ref
         and (case when agency_worker then coalesce(role_end_date, :ref) >= :ref
                   else coalesce(role_end_date, :ref) >= :ref - interval '1 year' + interval '1 day'
              end)
      """;

  private static final String WORKER_FIELDS =
      "worker_id, name, swe_no, org_role, agency_worker, fte, case_holding, role_start_date,"
          + " role_end_date, reason_leave, manager_worker_id, working_days_lost";

  @TempDir static Path dir;

  static JdbcClient jdbc;
  static long loaded;
  static IngestReport alone;
  static IngestReport withSsd;

  @BeforeAll
  static void loadAndImport() throws IOException {
    GeneratedCouncil council = GeneratedCouncil.loadAndWrite("csww_round_trip", SMALL, dir);
    DataSource dataSource = council.dataSource();
    jdbc = council.jdbc();
    loaded = council.snapshotId();
    alone = run(dataSource, dir.resolve("csww"), null, new CswwSource());
    Path both = Files.createDirectories(dir.resolve("both"));
    for (String family : List.of("ssd", "csww")) {
      try (Stream<Path> files = Files.list(dir.resolve(family))) {
        for (Path file : files.toList()) {
          Files.copy(file, both.resolve(file.getFileName()));
        }
      }
    }
    withSsd = run(dataSource, both, SMALL.asAt(), new SsdSource(), new CswwSource());
  }

  private static IngestReport run(
      DataSource dataSource, Path folder, @Nullable LocalDate asAt, IngestSource... sources) {
    return new IngestRunner(dataSource, List.of(sources), Clock.system(ZoneOffset.UTC))
        .run(
            new IngestRunner.Request(
                folder, true, "cli", "round trip", asAt, 7, IngestProgress.NONE));
  }

  @Test
  void theCensusAloneLoadsWithoutAFindingAsAtItsReferenceDate() {
    assertThat(alone.outcome()).isEqualTo("loaded");
    assertThat(alone.findings()).isEmpty();
    assertThat(alone.asAt()).isEqualTo(REFERENCE);
    assertThat(alone.files())
        .extracting(f -> f.name(), f -> f.source())
        .containsExactlyInAnyOrder(
            tuple("csww_worker.csv", "CSWW workers"),
            tuple("csww_absence.csv", "CSWW absences"),
            tuple("csww_la_level.csv", "CSWW LA level"));
  }

  @Test
  void theCensusAloneGivesEveryCensusWorkerAsTheGeneratorLoadedThem() {
    List<String> expected = censusFields(loaded);
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(censusFields(alone.snapshotId())).containsExactlyInAnyOrderElementsOf(expected);
    // a worker no SSD file describes is known by their SWENo
    assertThat(
            jdbc.sql("select count(*) from worker where snapshot_id = :s and worker_id <> swe_no")
                .param("s", alone.snapshotId())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theCensusAloneGivesTheAbsencesAndTheVacanciesOn30September() {
    assertThat(absences(alone.snapshotId())).isNotEmpty().isEqualTo(absences(loaded));
    assertThat(vacancies(alone.snapshotId())).hasSize(1).isEqualTo(vacancies(loaded));
  }

  @Test
  void withTheSsdEveryWorkerComesBackWholeRecordForRecord() {
    assertThat(withSsd.outcome()).isEqualTo("loaded");
    assertThat(withSsd.findings())
        .extracting(Finding::file, Finding::rule)
        .containsExactly(
            tuple("ssd_cp_visits.csv", "CP_PLANS_NOT_LOADED"),
            tuple("ssd_cin_assessments.csv", "ASSESSMENTS_NOT_LOADED"),
            tuple("ssd_s47_enquiry.csv", "ENQUIRIES_NOT_LOADED"));
    List<String> generated = rows("worker", WORKER_FIELDS, loaded, "true");
    assertThat(rows("worker", WORKER_FIELDS, withSsd.snapshotId(), "true"))
        .containsExactlyInAnyOrderElementsOf(generated);
    assertThat(absences(withSsd.snapshotId())).isEqualTo(absences(loaded));
    assertThat(vacancies(withSsd.snapshotId())).isEqualTo(vacancies(loaded));
  }

  private static List<String> censusFields(long snapshot) {
    return jdbc.sql("select concat_ws('|', t.*) from (" + CENSUS_FIELDS + ") t")
        .param("snapshot", snapshot)
        .param("ref", REFERENCE)
        .query(String.class)
        .list();
  }

  private static List<String> absences(long snapshot) {
    return jdbc.sql(
            """
            select concat_ws('|', w.swe_no, a.reference_date, a.reason_absence)
              from worker_absence a
              join worker w on w.snapshot_id = a.snapshot_id and w.worker_id = a.worker_id
             where a.snapshot_id = :s and a.reference_date = :ref
             order by 1
            """)
        .param("s", snapshot)
        .param("ref", REFERENCE)
        .query(String.class)
        .list();
  }

  private static List<String> vacancies(long snapshot) {
    return rows(
        "workforce_vacancy",
        "reference_date, number_of_vacancies, no_agency_fte, no_agency_headcount",
        snapshot,
        "reference_date = date '2025-09-30'");
  }

  private static List<String> rows(String table, String columns, long snapshot, String where) {
    return jdbc.sql(
            "select concat_ws('|', "
                + columns
                + ") from "
                + table
                + " where snapshot_id = :s and "
                + where
                + " order by 1")
        .param("s", snapshot)
        .query(String.class)
        .list();
  }
}
