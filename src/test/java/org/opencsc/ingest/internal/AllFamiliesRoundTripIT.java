package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything the generator writes for the {@code small} council, imported in one run by every
 * source the application has (found as the application finds them: components implementing {@link
 * IngestSource}), against the same folder's families imported one at a time. Together they must
 * load with no error, and the families must not disturb each other: each domain table holds exactly
 * what the family that fills it loads on its own. The per-family round trips check each family
 * against the generator record by record; this checks the whole drop folder.
 *
 * <p>Where the families meet on purpose the comparison is with the generator instead: the child
 * (merged from every family by precedence; its details must be the generator's), the SSD's CP
 * visits (which need the CIN census's plans, so a lone SSD import has none), the census's
 * assessments (whose day seen and outcome only the SSD gives) and section 47 enquiries (whose end
 * only the SSD gives).
 */
class AllFamiliesRoundTripIT {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);

  /**
   * Tables where families meet on purpose, compared with the generator instead: children (every
   * family), workers and their absences (the SSD's professionals completed by the workforce
   * census), CP visits (the SSD's visits on the census's plans), and assessments and section 47
   * enquiries (the census's, filled in by the SSD).
   */
  private static final Set<String> MERGED =
      Set.of(
          "child",
          "child_disability",
          "worker",
          "worker_absence",
          "cp_visit",
          "assessment",
          "section47");

  /** The family that fills a table only when no other family of the run did. */
  private static final String FALLBACK = "Annex A";

  /** Columns that say where a row came from or which snapshot holds it, not what it says. */
  private static final Set<String> BOOKKEEPING = Set.of("snapshot_id", "source_file", "source_row");

  @TempDir static Path dir;

  static JdbcClient jdbc;
  static long generated;
  static IngestReport together;
  static final Map<String, IngestReport> alone = new LinkedHashMap<>();

  @BeforeAll
  static void generateAndImport() throws Exception {
    GeneratedCouncil council = GeneratedCouncil.loadAndWrite("all_families_round_trip", SMALL, dir);
    DataSource dataSource = council.dataSource();
    jdbc = council.jdbc();
    generated = council.snapshotId();

    List<IngestSource> sources = applicationSources();
    together = run(dataSource, sources);
    for (IngestSource source : sources) {
      alone.put(source.family(), run(dataSource, List.of(source)));
    }
  }

  @Test
  void everySourceRecognisesAFileTheGeneratorWrote() {
    assertThat(alone).hasSizeGreaterThanOrEqualTo(3);
    alone.forEach(
        (family, report) ->
            assertThat(report.outcome()).as("%s imported alone", family).isEqualTo("loaded"));
    assertThat(together.files())
        .as("every file the generator wrote is read by some family")
        .allSatisfy(f -> assertThat(f.source()).isNotBlank());
  }

  @Test
  void theWholeDropFolderLoadsWithoutAnError() {
    assertThat(together.outcome()).isEqualTo("loaded");
    assertThat(together.findings())
        .as("errors and refused files")
        .filteredOn(f -> f.severity() != Severity.QUERY)
        .extracting(Finding::file, Finding::rule, Finding::message)
        .isEmpty();
    // the DfE's rules find only the queries the council's calibrated timeliness raises
    assertThat(together.findings())
        .filteredOn(f -> f.severity() == Severity.QUERY)
        .extracting(Finding::rule)
        .allMatch(SyntheticCouncilQueries.EXPECTED::contains);
  }

  @Test
  void eachTableHoldsWhatItsFamilyLoadsAlone() {
    List<String> compared = new ArrayList<>();
    for (String table : tables()) {
      if (MERGED.contains(table)) {
        continue;
      }
      String columns = columns(table);
      List<String> combined = rows(table, columns, together.snapshotId());
      List<String> expected = new ArrayList<>();
      for (Map.Entry<String, IngestReport> family : alone.entrySet()) {
        if (!family.getKey().equals(FALLBACK)) {
          expected.addAll(rows(table, columns, family.getValue().snapshotId()));
        }
      }
      if (expected.isEmpty() && alone.containsKey(FALLBACK)) {
        expected.addAll(rows(table, columns, alone.get(FALLBACK).snapshotId()));
      }
      expected.sort(Comparator.naturalOrder());
      assertThat(combined).as(table).containsExactlyElementsOf(expected);
      if (!combined.isEmpty()) {
        compared.add(table);
      }
    }
    assertThat(compared)
        .as("tables with rows")
        .contains("referral", "cp_plan", "episode_of_care", "allocation", "team", "contact");
  }

  @Test
  void mergedChildrenAndWorkersAreTheGeneratorsOwn() {
    Map<String, String> compared =
        Map.of(
            "child",
            "child_id, sex, person_birth_date, ethnicity",
            "child_disability",
            "child_id, disability",
            "worker",
            columns("worker"),
            "worker_absence",
            columns("worker_absence"));
    compared.forEach(
        (table, columns) -> {
          assertThat(rows(table, columns, together.snapshotId())).as(table).isNotEmpty();
          List<String> notGenerated =
              jdbc.sql(
                      "select r::text from (select "
                          + columns
                          + " from "
                          + table
                          + " where snapshot_id = :imported except all select "
                          + columns
                          + " from "
                          + table
                          + " where snapshot_id = :generated) r order by 1 limit 10")
                  .param("imported", together.snapshotId())
                  .param("generated", generated)
                  .query(String.class)
                  .list();
          assertThat(notGenerated).as("%s rows unlike the generator's", table).isEmpty();
        });
    long children =
        alone.values().stream()
            .flatMap(r -> rows("child", "child_id", r.snapshotId()).stream())
            .distinct()
            .count();
    assertThat(rows("child", "child_id", together.snapshotId()))
        .as("every child any family holds, once")
        .hasSize((int) children);
    assertThat(rows("worker", "worker_id", together.snapshotId()))
        .as("the SSD's professionals, each once")
        .hasSameSizeAs(rows("worker", "worker_id", alone.get("SSD").snapshotId()));
  }

  @Test
  void theSsdCpVisitsFindTheCensusPlans() {
    // a visit, and the start of the plan it belongs to (plan IDs differ: the census has none)
    String visits =
        "select v.cp_visit_id, v.child_id, v.visit_date, v.seen, v.seen_alone, p.cpp_start_date"
            + " from cp_visit v join cp_plan p using (snapshot_id, cp_plan_id)"
            + " where v.snapshot_id = :s";
    List<String> imported =
        jdbc.sql("select v::text from (" + visits + ") v order by 1")
            .param("s", together.snapshotId())
            .query(String.class)
            .list();
    // the census holds the plans open at some time in the collection year
    List<String> expected =
        jdbc.sql(
                "select v::text from ("
                    + visits
                    + " and (p.cpp_end_date is null or p.cpp_end_date >= :start)) v order by 1")
            .param("s", generated)
            .param("start", SMALL.collectionYearStart())
            .query(String.class)
            .list();
    assertThat(imported).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void theSsdFillsInTheCensusAssessments() {
    // child and dates (assessment IDs differ: the census has none), day seen and outcome
    String assessments =
        "select child_id, assessment_actual_start_date, assessment_authorisation_date,"
            + " child_seen_date, child_in_need from assessment where snapshot_id = :s";
    List<String> imported =
        jdbc.sql("select a::text from (" + assessments + ") a order by 1")
            .param("s", together.snapshotId())
            .query(String.class)
            .list();
    // the census holds the assessments open at some time in the collection year
    List<String> expected =
        jdbc.sql(
                "select a::text from ("
                    + assessments
                    + " and (assessment_authorisation_date is null"
                    + " or assessment_authorisation_date >= :start)) a order by 1")
            .param("s", generated)
            .param("start", SMALL.collectionYearStart())
            .query(String.class)
            .list();
    assertThat(imported).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(
            jdbc.sql(
                    "select count(*) from assessment where snapshot_id = :s"
                        + " and (child_in_need is not null or child_seen_date is not null)")
                .param("s", alone.get("CIN census").snapshotId())
                .query(Long.class)
                .single())
        .as("the census alone has neither the day seen nor the outcome")
        .isZero();
  }

  @Test
  void theSsdGivesTheCensusEnquiriesTheirEnds() {
    // child and dates (IDs differ: the census has none), the end from ssd_s47_enquiry; the
    // census's enquiries, with the rest of each as the census alone loads it
    String enquiries =
        "select child_id, s47_actual_start_date, %s, initial_cpc_target, date_of_initial_cpc,"
            + " icpc_not_required from section47 where snapshot_id = :s";
    List<String> imported =
        jdbc.sql("select e::text from (" + enquiries.formatted("s47_end_date") + ") e order by 1")
            .param("s", together.snapshotId())
            .query(String.class)
            .list();
    assertThat(alone).containsKey("CIN census");
    // the census alone, with each enquiry's end taken from the generator's same enquiry
    List<String> expected =
        jdbc.sql(
                "select e::text from ("
                    + enquiries.formatted(
                        "(select g.s47_end_date from section47 g where g.snapshot_id = :g"
                            + " and g.child_id = section47.child_id"
                            + " and g.s47_actual_start_date = section47.s47_actual_start_date)")
                    + ") e order by 1")
            .param("s", alone.get("CIN census").snapshotId())
            .param("g", generated)
            .query(String.class)
            .list();
    assertThat(imported).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(imported).anyMatch(e -> e.split(",")[2].matches("\\d{4}-.*"));
  }

  /** The ingest sources the application registers, built as Spring would build them. */
  private static List<IngestSource> applicationSources() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(IngestSource.class));
    List<IngestSource> sources = new ArrayList<>();
    for (BeanDefinition bean : scanner.findCandidateComponents("org.opencsc.ingest")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      if (!type.isAnnotationPresent(Component.class)) {
        continue; // a test's own source
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      sources.add((IngestSource) constructor.newInstance());
    }
    sources.sort(Comparator.comparingInt(IngestSource::order));
    return sources;
  }

  private static IngestReport run(DataSource dataSource, List<IngestSource> sources) {
    // with the DfE's rules, as every load runs them
    return new IngestRunner(dataSource, sources, Clock.system(ZoneOffset.UTC))
        .run(
            new IngestRunner.Request(
                dir, true, "cli", "round trip", SMALL.asAt(), 100, IngestProgress.NONE));
  }

  private static List<String> tables() {
    return jdbc.sql("select table_name from snapshot_tables() order by depth, table_name")
        .query(String.class)
        .list();
  }

  private static String columns(String table) {
    return String.join(
        ", ",
        jdbc
            .sql(
                "select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = :t"
                    + " order by ordinal_position")
            .param("t", table)
            .query(String.class)
            .list()
            .stream()
            .filter(c -> !BOOKKEEPING.contains(c))
            .toList());
  }

  private static List<String> rows(String table, String columns, long snapshot) {
    return jdbc.sql(
            "select r::text from (select "
                + columns
                + " from "
                + table
                + " where snapshot_id = :s) r order by 1")
        .param("s", snapshot)
        .query(String.class)
        .list();
  }
}
