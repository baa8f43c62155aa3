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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.PostcodeFile;
import org.opencsc.ingest.internal.ProviderFile;
import org.opencsc.testsupport.TestDatabase;

/**
 * A run given Ofsted's provider lists, postcode reference data and the council's code. C1's
 * children's home SC000001 (K2, own provision PR1) is listed without an authority: its postcode ZZ9
 * 9AB puts it in another authority's area (229), and C1's placement postcode ZZ1 1 is not the
 * provider's (221). Made-up URNs and sectors: ZZ1 1 the council's (E06000901), ZZ9 9 another's.
 */
class ProviderReferenceIT {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @TempDir Path dir;

  private IngestRunner runner;
  private Path now;
  private Path postcodes;
  private Path providers;

  @BeforeEach
  void setUp(TestInfo test) throws Exception {
    String name = test.getTestMethod().orElseThrow().getName().toLowerCase();
    DataSource dataSource =
        TestDatabase.dataSource(
            TestDatabase.createMigratedDatabase(
                "pr_" + name.substring(0, Math.min(40, name.length()))));
    runner =
        new IngestRunner(
            dataSource,
            List.of(new Ssda903Source()),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
    now = Files.createDirectory(dir.resolve("now"));
    write(now, "header.csv", HEADER, "C1,M,15/06/2012,WBRI,A123456789012,,");
    write(now, "episodes.csv", EPISODES, "C1,01/01/2024,S,C2,N1,K2,PR1,,,,ZZ1 1,ZZ1 1,SC000001");
    postcodes = dir.resolve("postcodes.csv");
    Files.writeString(
        postcodes,
        "pcds,oscty,oslaua,oseast1m,osnrth1m\r\n"
            + "ZZ1 1AA,E99999999,E06000901,1000,2000\r\n"
            + "ZZ9 9AA,E99999999,E06000902,9000,2000\r\n");
    providers = dir.resolve("providers.csv");
    Files.writeString(
        providers,
        "URN,Provider type,Setting postcode,Provider Placement Code,Provider Code,Closed Date\r\n"
            + "SC000001,Children's home,ZZ9 9AB,K2,PR1/PR4,\r\n");
  }

  private IngestReport validate() {
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
            new PostcodeFile(postcodes, "E06000901"),
            new ProviderFile(providers, "E06000901")));
  }

  @Test
  void theProviderListsFindTheHomeOutsideTheCouncilAndAtAnotherPostcode() {
    IngestReport report = validate();

    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("229"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("PLACE_PROVIDER");
              assertThat(f.message()).contains("Related: Ofsted providers row 2 LA = E06000902");
            });
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("221"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("PL_POST = ZZ1 1")
                    .contains("Ofsted providers row 2 POSTCODE = ZZ9 9AB"));
    assertThat(report.findings().stream().map(Finding::rule))
        .doesNotContain("1008", "219", "224", "227", "228");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("RULES_NOT_RUN"))
        .extracting(Finding::value)
        .containsExactly("PREVIOUS_RETURN");
  }
}
