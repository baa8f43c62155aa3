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
 * are in the Header, and the CIN census valid against the schema.
 */
class GeneratedReturnsTest {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 11, GeneratorSettings.DEFAULT_AS_AT);

  @TempDir Path dir;

  private ReturnsWritten write(GeneratorSettings settings, Path where) {
    return StatutoryReturnsTest.service()
        .writeReturns(CouncilGenerator.generate(settings), settings, where);
  }

  private static List<String> files() {
    return Stream.concat(
            StatutoryReturnsTest.COLUMNS.keySet().stream().map(f -> "ssda903/" + f),
            Stream.of("cin/cin_census.xml"))
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

  private static List<CsvRecord> read(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().toList();
    }
  }
}
