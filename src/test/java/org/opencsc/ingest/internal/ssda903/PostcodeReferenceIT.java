package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.EPISODES;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.HEADER;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.PostcodeFile;
import org.opencsc.testsupport.TestDatabase;

/**
 * A run given postcode reference data and the council's code: C1's own-provision children's home
 * (K2, PR1) is in another authority's area (1015), which only the council's code tells. Made-up
 * sectors: ZZ1 1 the council's (E06000901), ZZ9 9 another's.
 */
class PostcodeReferenceIT {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @TempDir Path dir;

  private IngestRunner runner;
  private Path now;
  private Path postcodes;

  @BeforeEach
  void setUp(TestInfo test) throws Exception {
    String name = test.getTestMethod().orElseThrow().getName().toLowerCase();
    DataSource dataSource =
        TestDatabase.dataSource(
            TestDatabase.createMigratedDatabase(
                "pc_" + name.substring(0, Math.min(40, name.length()))));
    runner =
        new IngestRunner(
            dataSource,
            List.of(new Ssda903Source()),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
    now = Files.createDirectory(dir.resolve("now"));
    write(now, "header.csv", HEADER, "C1,M,15/06/2012,WBRI,A123456789012,,");
    write(now, "episodes.csv", EPISODES, "C1,01/01/2024,S,C2,N1,K2,PR1,,,,ZZ1 1,ZZ9 9,XXXXXXX");
    postcodes = dir.resolve("postcodes.csv");
    Files.writeString(
        postcodes,
        "pcds,oscty,oslaua,oseast1m,osnrth1m\r\n"
            + "ZZ1 1AA,E99999999,E06000901,1000,2000\r\n"
            + "ZZ9 9AA,E99999999,E06000902,9000,2000\r\n");
  }

  private IngestReport validate(@Nullable String councilCode) {
    return runner.run(
        new IngestRunner.Request(
            now,
            false,
            "cli",
            "tester",
            AS_AT,
            7,
            IngestProgress.NONE,
            null,
            new PostcodeFile(postcodes, councilCode)));
  }

  private static List<String> rules(IngestReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void withTheCouncilsCodeAPlacementOutsideItIsFound() {
    IngestReport report = validate("E06000901");

    assertThat(rules(report)).contains("1015").doesNotContain("392c", "169", "179");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("RULES_NOT_RUN"))
        .extracting(Finding::value)
        .containsExactly("PREVIOUS_RETURN", "PROVIDERS");
  }

  @Test
  void withoutItThePlacementsLocationIsUnknown() {
    assertThat(rules(validate(null))).doesNotContain("1015", "179");
  }
}
