package org.opencsc.ingest.internal.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.model.SyntheticCouncil;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.SyntheticCouncilQueries;
import org.opencsc.ingest.internal.cin.CinSources;
import org.opencsc.ingest.internal.ssda903.Ssda903Sources;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code small} council two ways into one database: loaded directly by the generator, and
 * written as its returns and SSD extract and imported by the runner with every source (the SSD's CP
 * visits join the CIN census's plans). The import has no finding at all, and every table the SSD
 * carries comes back record for record, on the columns the SSD (and OpenCSC's two extension tables)
 * hold; every assessment of the CIN census has the day the child was seen and the outcome of the
 * generator's own assessment, which only ssd_cin_assessments carries; and every section 47 enquiry
 * has the generator's end date, which only ssd_s47_enquiry carries.
 */
class SsdRoundTripIT {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);

  /** Table → the columns compared (the domain columns the SSD holds). */
  private static final Map<String, String> COMPARED =
      Map.ofEntries(
          Map.entry("service_area", "service_area_id, name"),
          Map.entry("team", "team_id, service_area_id, name"),
          Map.entry(
              "worker",
              "worker_id, name, swe_no, org_role, agency_worker, fte, case_holding,"
                  + " role_start_date, role_end_date, reason_leave, manager_worker_id"),
          Map.entry("worker_team", "worker_id, team_id, start_date, end_date"),
          Map.entry("supervision", "supervision_id, worker_id, supervisor_id, supervision_date"),
          Map.entry(
              "child",
              "child_id, sex, person_birth_date, expected_person_birth_date, person_death_date,"
                  + " ethnicity, upn_unknown, mother"),
          Map.entry("child_disability", "child_id, disability"),
          Map.entry(
              "allocation",
              "allocation_id, child_id, worker_id, team_id, start_date, end_date, change_reason"),
          Map.entry("contact", "contact_id, child_id, contact_date, contact_source, outcome"),
          Map.entry(
              "early_help_episode",
              "early_help_id, child_id, start_date, end_date, reason, end_reason, organisation,"
                  + " worker_id"),
          Map.entry("cin_visit", "cin_visit_id, child_id, visit_date, seen, seen_alone"),
          Map.entry("cla_visit", "cla_visit_id, child_id, visit_date, seen, seen_alone"));

  @TempDir static Path dir;

  static JdbcClient jdbc;
  static long loaded;
  static SyntheticCouncil model;
  static IngestReport imported;

  @BeforeAll
  static void loadAndImport() {
    GeneratedCouncil council = GeneratedCouncil.loadAndWrite("ssd_round_trip", SMALL, dir);
    DataSource dataSource = council.dataSource();
    jdbc = council.jdbc();
    loaded = council.snapshotId();
    model = council.model();
    imported =
        new IngestRunner(
                dataSource,
                List.of(CinSources.census(), Ssda903Sources.ssda903(), new SsdSource()),
                Clock.system(ZoneOffset.UTC))
            .run(
                new IngestRunner.Request(
                    dir, true, "cli", "round trip", SMALL.asAt(), 7, IngestProgress.NONE));
  }

  @Test
  void theImportLoadsWithoutAFinding() {
    assertThat(imported.outcome()).isEqualTo("loaded");
    // the workforce census and Annex A are read by sources this test leaves out
    // (AllFamiliesRoundTripIT reads every file together)
    // with the DfE's rules: only the CIN queries the council's calibrated timeliness raises
    assertThat(imported.findings())
        .filteredOn(f -> !f.rule().equals("FILE_NOT_RECOGNISED"))
        .filteredOn(f -> !SyntheticCouncilQueries.EXPECTED.contains(f.rule()))
        .extracting(Finding::file, Finding::rule)
        .isEmpty();
    assertThat(imported.findings())
        .filteredOn(f -> !SyntheticCouncilQueries.EXPECTED.contains(f.rule()))
        .extracting(Finding::file)
        .allMatch(f -> f.startsWith("csww/") || f.startsWith("annex-a/"));
    assertThat(count("cp_visit", imported.snapshotId())).isPositive();
  }

  @Test
  void everyTableTheSsdCarriesComesBackRecordForRecord() {
    for (Map.Entry<String, String> table : COMPARED.entrySet()) {
      long rows = count(table.getKey(), loaded);
      assertThat(rows).as("%s rows loaded by the generator", table.getKey()).isPositive();
      assertThat(missing(table.getKey(), table.getValue(), loaded, imported.snapshotId()))
          .as("%s rows the generator loaded but the import did not", table.getKey())
          .isEmpty();
      assertThat(missing(table.getKey(), table.getValue(), imported.snapshotId(), loaded))
          .as("%s rows the import loaded but the generator did not", table.getKey())
          .isEmpty();
      assertThat(count(table.getKey(), imported.snapshotId())).as(table.getKey()).isEqualTo(rows);
    }
  }

  @Test
  void everyCensusAssessmentHasTheGeneratorsDaySeenAndOutcome() {
    // the census holds the assessments open at some time in the collection year; the generator's
    // are keyed here by child and dates, as the census has no assessment IDs
    LocalDate yearStart = SMALL.collectionYearStart();
    List<String> generated = new ArrayList<>();
    model.children(
        h ->
            h.assessments().stream()
                .filter(
                    a ->
                        a.assessmentAuthorisationDate() == null
                            || !a.assessmentAuthorisationDate().isBefore(yearStart))
                .forEach(
                    a ->
                        generated.add(
                            Stream.of(
                                    h.child().childId(),
                                    a.assessmentActualStartDate(),
                                    a.assessmentAuthorisationDate(),
                                    a.childSeenDate(),
                                    a.childInNeed())
                                .map(v -> v == null ? "-" : v.toString())
                                .collect(Collectors.joining(" ")))));
    List<String> importedRows =
        jdbc.sql(
                "select array_to_string(array[child_id, assessment_actual_start_date::text,"
                    + " assessment_authorisation_date::text, child_seen_date::text,"
                    + " child_in_need::text], ' ', '-') from assessment where snapshot_id = :s")
            .param("s", imported.snapshotId())
            .query(String.class)
            .list();
    assertThat(generated).hasSizeGreaterThan(100);
    assertThat(importedRows).containsExactlyInAnyOrderElementsOf(generated);
    // not equal for want of values: days seen and both outcomes are there
    assertThat(importedRows)
        .anyMatch(r -> r.endsWith(" false"))
        .anyMatch(r -> r.endsWith(" true"))
        .anyMatch(r -> !r.split(" ")[3].equals("-"));
  }

  @Test
  void everyCensusEnquiryHasTheGeneratorsEndDate() {
    // the census has no end of a section 47 enquiry; ssd_s47_enquiry gives it, matched by child
    // and start date: each imported enquiry is one of the generator's, end date and all
    String enquiries =
        "select child_id, s47_actual_start_date, s47_end_date from section47"
            + " where snapshot_id = :%s";
    List<String> notTheGenerators =
        jdbc.sql(
                "select concat_ws(' ', child_id, s47_actual_start_date, s47_end_date) from ("
                    + enquiries.formatted("imported")
                    + " except all "
                    + enquiries.formatted("loaded")
                    + ") t")
            .param("imported", imported.snapshotId())
            .param("loaded", loaded)
            .query(String.class)
            .list();
    assertThat(notTheGenerators).isEmpty();
    long ended =
        jdbc.sql(
                "select count(*) from section47 where snapshot_id = :s"
                    + " and s47_end_date is not null")
            .param("s", imported.snapshotId())
            .query(Long.class)
            .single();
    assertThat(ended).isPositive().isLessThanOrEqualTo(count("section47", imported.snapshotId()));
    assertThat(count("section47", imported.snapshotId())).isGreaterThan(10);
  }

  @Test
  void everyImportedRecordNamesTheFileAndRowItCameFrom() {
    // every domain table with a snapshot, that has rows in the import: all of them have a source
    List<String> tables =
        jdbc
            .sql(
                """
                select c.table_name from information_schema.columns c
                  join pg_class t on t.relname = c.table_name and t.relkind = 'p'
                 where c.table_schema = current_schema() and c.column_name = 'snapshot_id'
                   and exists (select 1 from information_schema.columns s
                                where s.table_schema = c.table_schema
                                  and s.table_name = c.table_name
                                  and s.column_name = 'source_file')
                 order by 1
                """)
            .query(String.class)
            .list()
            .stream()
            .filter(table -> count(table, imported.snapshotId()) > 0)
            .toList();
    // the tables V8 gave a source, each filled by the import
    assertThat(tables)
        .contains(
            "service_area",
            "team",
            "worker_team",
            "supervision",
            "child_disability",
            "assessment_factor",
            "cp_review",
            "cin_visit",
            "cla_visit",
            "cp_visit",
            "cla_review",
            "health_check",
            "adoption",
            "previous_permanence");
    for (String table : tables) {
      assertThat(
              jdbc.sql(
                      "select count(*) from "
                          + table
                          + " where snapshot_id = :s and (source_file is null or source_row is null"
                          + " or source_row < 1)")
                  .param("s", imported.snapshotId())
                  .query(Long.class)
                  .single())
          .as("%s rows without their file and row", table)
          .isZero();
    }
    assertThat(
            jdbc.sql(
                    "select distinct source_file from cla_review where snapshot_id = :s"
                        + " union all select distinct source_file from cp_visit where snapshot_id = :s"
                        + " order by 1")
                .param("s", imported.snapshotId())
                .query(String.class)
                .list())
        .containsExactly("ssd/ssd_cp_visits.csv", "ssda903/reviews.csv");
  }

  /** Up to ten rows of snapshot {@code from} that snapshot {@code to} does not have. */
  private static List<String> missing(String table, String columns, long from, long to) {
    String values =
        Stream.of(columns.split(","))
            .map(c -> c.strip() + "::text")
            .collect(Collectors.joining(", "));
    String select =
        "select array_to_string(array["
            + values
            + "], ' ', '-') from "
            + table
            + " where snapshot_id = ";
    return jdbc.sql("(" + select + ":from except all " + select + ":to) order by 1 limit 10")
        .param("from", from)
        .param("to", to)
        .query(String.class)
        .list();
  }

  private static long count(String table, long snapshot) {
    return jdbc.sql("select count(*) from " + table + " where snapshot_id = :s")
        .param("s", snapshot)
        .query(Long.class)
        .single();
  }
}
