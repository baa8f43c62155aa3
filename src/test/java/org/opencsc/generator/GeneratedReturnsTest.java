package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returns of a generated (not hand-built) council: byte-identical for the same seed, different
 * for another, every SSDA903 file with the standard's columns and well-formed rows whose children
 * are in the Header, the CIN census valid against the schema, the SSD extract with a row for every
 * child, worker and allocation, and the workforce census with a row for every worker in its year.
 */
class GeneratedReturnsTest {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 11, GeneratorSettings.DEFAULT_AS_AT);

  @TempDir Path dir;

  private ReturnsWritten write(GeneratorSettings settings, Path where) {
    return StatutoryReturnsTest.service()
        .writeReturns(CouncilGenerator.generate(settings), settings, where);
  }

  private static final List<String> SSD_FILES =
      List.of(
          "ssd_department.csv",
          "ssd_professionals.csv",
          "opencsc_professional_tenure.csv",
          "opencsc_supervisions.csv",
          "ssd_person.csv",
          "ssd_disability.csv",
          "ssd_involvements.csv",
          "ssd_contacts.csv",
          "ssd_early_help_episodes.csv",
          "ssd_cin_assessments.csv",
          "ssd_s47_enquiry.csv",
          "ssd_cin_visits.csv",
          "ssd_cp_plans.csv",
          "ssd_cp_visits.csv",
          "ssd_cla_visits.csv");

  private static List<String> files() {
    return Stream.of(
            StatutoryReturnsTest.COLUMNS.keySet().stream().map(f -> "ssda903/" + f),
            Stream.of("cin/cin_census.xml"),
            SSD_FILES.stream().map(f -> "ssd/" + f),
            Stream.of("csww/csww_worker.csv", "csww/csww_absence.csv", "csww/csww_la_level.csv"))
        .flatMap(s -> s)
        .toList();
  }

  @Test
  void theSameSeedGivesByteIdenticalReturnsAndAnotherSeedDoesNot() throws IOException {
    write(SMALL, dir.resolve("first"));
    write(SMALL, dir.resolve("second"));
    write(
        new GeneratorSettings(CouncilSize.SMALL, 12, GeneratorSettings.DEFAULT_AS_AT),
        dir.resolve("other"));
    for (String file : files()) {
      assertThat(Files.readAllBytes(dir.resolve("second").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(file)));
    }
    assertThat(Files.readAllBytes(dir.resolve("other/ssda903/episodes.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("first/ssda903/episodes.csv")));
  }

  @Test
  void everySsda903FileHasTheStandardsColumnsAndItsChildrenAreInTheHeader() throws IOException {
    ReturnsWritten written = write(SMALL, dir);
    assertThat(written.ssda903Children()).isGreaterThan(50);
    Set<String> headerChildren = new HashSet<>();
    for (Map.Entry<String, String> table : StatutoryReturnsTest.COLUMNS.entrySet()) {
      List<CsvRecord> rows = read(dir.resolve("ssda903").resolve(table.getKey()));
      List<String> columns = List.of(table.getValue().split(","));
      assertThat(rows.get(0).getFields()).as(table.getKey()).isEqualTo(columns);
      for (CsvRecord row : rows.subList(1, rows.size())) {
        assertThat(row.getFieldCount())
            .as(table.getKey() + " line " + row.getStartingLineNumber())
            .isEqualTo(columns.size());
        String child = row.getField(0);
        if (table.getKey().equals("header.csv")) {
          assertThat(headerChildren.add(child)).as("child %s twice in the Header", child).isTrue();
        } else {
          assertThat(headerChildren).as(table.getKey()).contains(child);
        }
      }
    }
    assertThat(read(dir.resolve("ssda903/episodes.csv"))).hasSizeGreaterThan(50);
  }

  @Test
  void theCinCensusOfAGeneratedCouncilIsValidAgainstTheSchema() throws Exception {
    ReturnsWritten written = write(SMALL, dir);
    assertThat(written.cinChildren()).isBetween(700, 1_300);
    CinCensusSchemaTest.schema()
        .newValidator()
        .validate(new StreamSource(dir.resolve("cin/cin_census.xml").toFile()));
  }

  @Test
  void theSsdExtractHasEveryChildAndWorkerAndTheirAllocationsAndAssessments() throws IOException {
    ReturnsWritten written = write(SMALL, dir);
    int[] children = {0};
    int[] allocations = {0};
    int[] assessments = {0};
    var council = CouncilGenerator.generate(SMALL);
    council.children(
        h -> {
          children[0]++;
          allocations[0] += h.allocations().size();
          assessments[0] += h.assessments().size();
        });
    assertThat(assessments[0]).isPositive();
    assertThat(written.ssdRows())
        .containsEntry("ssd_person.csv", children[0])
        .containsEntry("ssd_involvements.csv", allocations[0])
        .containsEntry("ssd_cin_assessments.csv", assessments[0])
        .containsEntry("ssd_professionals.csv", council.organisation().workers().size());
    for (String file : SSD_FILES) {
      List<CsvRecord> rows = read(dir.resolve("ssd").resolve(file));
      int columns = rows.get(0).getFieldCount();
      assertThat(rows).as(file).allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(columns));
    }
  }

  @Test
  void theWorkforceCensusHasEveryEmployedWorkerOfItsYearAndTheAgencyWorkersOn30September()
      throws IOException {
    ReturnsWritten written = write(SMALL, dir);
    var org = CouncilGenerator.generate(SMALL).organisation();
    java.time.LocalDate end = java.time.LocalDate.of(2025, 9, 30);
    java.time.LocalDate start = java.time.LocalDate.of(2024, 10, 1);
    long expected =
        org.workers().stream()
            .filter(w -> !w.roleStartDate().isAfter(end))
            .filter(
                w ->
                    w.agencyWorker()
                        ? w.roleEndDate() == null || !w.roleEndDate().isBefore(end)
                        : w.roleEndDate() == null || !w.roleEndDate().isBefore(start))
            .count();
    assertThat(expected).isGreaterThan(50);
    assertThat(written.cswwRows()).containsEntry("csww_worker.csv", (int) expected);
    assertThat(written.cswwRows()).containsEntry("csww_la_level.csv", 1);
    assertThat(written.cswwRows().get("csww_absence.csv")).isPositive();
  }

  private static List<CsvRecord> read(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().toList();
    }
  }
}
