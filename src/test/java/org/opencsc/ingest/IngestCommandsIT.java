package org.opencsc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.ingest.internal.SyntheticCouncilQueries;
import org.opencsc.testsupport.OpenCscProcess;

/**
 * The validate and import commands as a person runs them: {@code java -jar opencsc.jar validate
 * DIR} and {@code import DIR} on the synthetic council's returns, with their exit codes (0 clean, 1
 * errors found, 2 could not run) and plain log lines when not on a terminal.
 */
class IngestCommandsIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path work;

  @Test
  void theGeneratedReturnsValidateImportAndReimportUnchanged() throws IOException {
    Path returns = work.resolve("returns");
    assertThat(
            run(
                "generate",
                "generate",
                "--size",
                "small",
                "--seed",
                "1",
                "--out",
                returns.toString()))
        .isZero();
    // seed 1, the round trips' council: clean under every DfE error rule
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    validatesWithOnlyTheQueriesRaisedOnPurpose(returns, "validate");

    try (OpenCscProcess load =
        OpenCscProcess.start(work.resolve("import"), env, "import", returns.toString())) {
      assertThat(load.waitForExit(TIMEOUT)).as(load.stdout()).isZero();
      assertThat(load.stdout()).startsWith("loaded:").contains("snapshot 1 is served");
    }
    try (OpenCscProcess again =
        OpenCscProcess.start(work.resolve("again"), env, "import", returns.toString())) {
      assertThat(again.waitForExit(TIMEOUT)).as(again.stdout()).isZero();
      assertThat(again.stdout()).startsWith("unchanged:");
    }
  }

  @Test
  void aFolderThatIsNotThereCannotRun() throws IOException {
    try (OpenCscProcess process =
        OpenCscProcess.start(
            work.resolve("missing"),
            Map.of("OPENCSC_HOME", work.resolve("home").toString()),
            "import",
            work.resolve("no-such-folder").toString())) {
      assertThat(process.waitForExit(TIMEOUT)).isEqualTo(2);
      assertThat(process.stderr().strip().lines().reduce((a, b) -> b).orElse(""))
          .isEqualTo("opencsc import: " + work.resolve("no-such-folder") + " is not a folder");
    }
  }

  @Test
  void anImportKilledMidwayLeavesTheServedSnapshotAndTheNextImportSucceeds() throws Exception {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    Path first = work.resolve("first");
    Path second = work.resolve("second");
    assertThat(
            run(
                "gen-first",
                "generate",
                "--size",
                "small",
                "--seed",
                "5",
                "--out",
                first.toString()))
        .isZero();
    assertThat(
            run(
                "gen-second",
                "generate",
                "--size",
                "large",
                "--seed",
                "6",
                "--out",
                second.toString()))
        .isZero();
    try (OpenCscProcess load =
        OpenCscProcess.start(work.resolve("load-1"), env, "import", first.toString())) {
      assertThat(load.waitForExit(TIMEOUT)).as(load.stdout()).isZero();
      assertThat(load.stdout()).contains("snapshot 1 is served");
    }

    try (OpenCscProcess killed =
        OpenCscProcess.start(work.resolve("load-2"), env, "import", second.toString())) {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!killed.stderr().contains("checking across files") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(killed.isAlive()).as("still inside its loading transaction").isTrue();
      killed.kill();
    }

    try (OpenCscProcess again =
        OpenCscProcess.start(work.resolve("load-3"), env, "import", second.toString())) {
      assertThat(again.waitForExit(TIMEOUT)).as(again.stdout()).isLessThan(2);
      // the killed JVM left its PostgreSQL running: the next start stops it and says so (a
      // warning);
      // snapshot 2 was the killed run's, never served, and the next refresh builds snapshot 3
      assertThat(again.stdout())
          .contains("left running")
          .contains("\nloaded: ")
          .contains("snapshot 3 is served");
    }
  }

  @Test
  void validateTakesPostcodeReferenceDataWithPostcodes() throws IOException {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    // made-up sectors in the ONS Postcode Directory's columns: ZZ1 1 is known, ZZ7 7 is not (392c)
    Path postcodes = work.resolve("postcodes.csv");
    Files.writeString(
        postcodes,
        "pcds,oslaua,oseast1m,osnrth1m\r\nZZ1 1AA,E06000901,1000,2000\r\n"
            + "ZZ1 2AA,E06000901,5000,2000\r\n");
    Path now = Files.createDirectories(work.resolve("now"));
    Files.writeString(
        now.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n");
    Files.writeString(
        now.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\r\nC1,01/01/2024,S,C2,N1,U4,PR1,,,,ZZ1 1,ZZ7 7,XXXXXXX\r\n");
    Path findings = work.resolve("findings.csv");

    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve("with"),
            env,
            "validate",
            now.toString(),
            "--postcodes",
            postcodes.toString(),
            "--out",
            findings.toString())) {
      validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout()).startsWith("validated:").doesNotContain("'POSTCODES'");
      assertThat(Files.readAllLines(findings))
          .as(validate.stdout())
          .anyMatch(line -> line.startsWith("episodes.csv,1,C1,PL_POST,ZZ7 7,error,392c,"));
    }
    try (OpenCscProcess validate =
        OpenCscProcess.start(work.resolve("without"), env, "validate", now.toString())) {
      validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout())
          .as(validate.stdout())
          .containsPattern(
              "value 'POSTCODES': query RULES_NOT_RUN: \\d+ SSDA903 rules need postcode reference"
                  + " data \\(validate --postcodes FILE\\) and did not run: [^\\n]*392c");
    }
  }

  @Test
  void validateTakesOfstedsProviderListsWithProviders() throws IOException {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    // a made-up provider list: SC000001 is listed, C1's SC999999 is not (1008)
    Path providers = work.resolve("providers.csv");
    Files.writeString(
        providers,
        "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,REG_END\r\nSC000001,K2,PR4,ZZ1 1AB,\r\n");
    Path now = Files.createDirectories(work.resolve("now"));
    Files.writeString(
        now.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n");
    Files.writeString(
        now.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\r\nC1,01/01/2024,S,C2,N1,K2,PR4,,,,ZZ1 1,ZZ1 1,SC999999\r\n");
    Path findings = work.resolve("findings.csv");

    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve("with"),
            env,
            "validate",
            now.toString(),
            "--providers",
            providers.toString(),
            "--out",
            findings.toString())) {
      validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout()).startsWith("validated:").doesNotContain("'PROVIDERS'");
      assertThat(Files.readAllLines(findings))
          .as(validate.stdout())
          .anyMatch(line -> line.startsWith("episodes.csv,1,C1,URN,SC999999,error,1008,"));
    }
    try (OpenCscProcess validate =
        OpenCscProcess.start(work.resolve("without"), env, "validate", now.toString())) {
      validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout())
          .as(validate.stdout())
          .containsPattern(
              "value 'PROVIDERS': query RULES_NOT_RUN: 7 SSDA903 rules need Ofsted's provider"
                  + " lists \\(validate --providers FILE\\) and did not run: 1008, 219, 221, 224,"
                  + " 227, 228, 229\\.");
    }
    Path broken = work.resolve("broken.csv");
    Files.writeString(
        broken, "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,REG_END\r\nSC1,K2,PR4,,1/13/2025\r\n");
    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve("broken"),
            env,
            "validate",
            now.toString(),
            "--providers",
            broken.toString())) {
      assertThat(validate.waitForExit(TIMEOUT)).as(validate.stderr()).isEqualTo(2);
      assertThat(validate.stderr().strip().lines().reduce((a, b) -> b).orElse(""))
          .isEqualTo(
              "opencsc validate: the provider file "
                  + broken
                  + " row 2 REG_END: '1/13/2025' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
    }
  }

  @Test
  void validateTakesLastYearsReturnWithPrevious() throws IOException {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    // validate runs as at today: this year's return says C1 was born 15/06/2012, last year's
    // 14/06/2012 (DfE rule 203); both are valid in any year (SEX M, not the 1 of before 2025-26)
    Path now = Files.createDirectories(work.resolve("now"));
    Files.writeString(
        now.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n");
    Files.writeString(
        now.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\r\nC1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX\r\n");
    Path previous = Files.createDirectories(work.resolve("previous"));
    Files.writeString(
        previous.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,14/06/2012,WBRI,A123456789012,,\r\n");
    Path findings = work.resolve("findings.csv");

    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve("with"),
            env,
            "validate",
            now.toString(),
            "--previous",
            previous.toString(),
            "--out",
            findings.toString())) {
      validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout()).startsWith("validated:").doesNotContain("PREVIOUS_RETURN");
      assertThat(Files.readAllLines(findings))
          .as(validate.stdout())
          .anyMatch(line -> line.startsWith("header.csv,1,C1,DOB,15/06/2012,query,203,"));
    }
    try (OpenCscProcess validate =
        OpenCscProcess.start(work.resolve("without"), env, "validate", now.toString())) {
      validate.waitForExit(TIMEOUT);
      // said before any finding about a row (how many rules depends on today's collection year)
      // the summary, a line per file, then this
      assertThat(validate.stdout().lines().toList().get(3))
          .as(validate.stdout())
          .matches(
              "header.csv value 'PREVIOUS_RETURN': query RULES_NOT_RUN: \\d+ SSDA903 rules need"
                  + " the previous year's return .*");
    }
    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve("missing-previous"),
            env,
            "validate",
            now.toString(),
            "--previous",
            work.resolve("no-such-folder").toString())) {
      assertThat(validate.waitForExit(TIMEOUT)).isEqualTo(2);
      assertThat(validate.stderr().strip().lines().reduce((a, b) -> b).orElse(""))
          .isEqualTo(
              "opencsc validate: last year's folder "
                  + work.resolve("no-such-folder")
                  + " is not a folder");
    }
  }

  /**
   * Other seeds, each of which broke a DfE rule on its own before the generator was fixed: seed 2 a
   * missing period running past the end of care (577) and an NFA referral from before the year
   * still open in it (8569Q), seed 3 a decision to place for adoption from an earlier period of
   * care (1003) and seed 4 a looked-after child of unknown sex (232).
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void otherSeedsValidateWithOnlyTheQueriesRaisedOnPurpose(int seed) throws IOException {
    Path returns = work.resolve("returns-" + seed);
    assertThat(
            run(
                "generate-" + seed,
                "generate",
                "--size",
                "small",
                "--seed",
                String.valueOf(seed),
                "--out",
                returns.toString()))
        .isZero();
    validatesWithOnlyTheQueriesRaisedOnPurpose(returns, "validate-" + seed);
  }

  /** Runs validate on the returns: no error, and only the queries the generator raises. */
  private void validatesWithOnlyTheQueriesRaisedOnPurpose(Path returns, String name)
      throws IOException {
    Path findings = work.resolve(name + "-findings.csv");
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    try (OpenCscProcess validate =
        OpenCscProcess.start(
            work.resolve(name),
            env,
            "validate",
            returns.toString(),
            "--out",
            findings.toString())) {
      int exit = validate.waitForExit(TIMEOUT);
      assertThat(validate.stdout()).startsWith("validated:");
      List<String> lines = Files.readAllLines(findings);
      assertThat(lines.get(0))
          .isEqualTo("\uFEFFfile,row,child_id,field,value,severity,rule,message");
      // what the generator writes has no error, and only the queries it raises on purpose
      assertThat(lines.subList(1, lines.size()))
          .as(validate.stdout())
          .allSatisfy(
              line ->
                  assertThat(line)
                      .contains(",query,")
                      .matches(
                          l ->
                              SyntheticCouncilQueries.EXPECTED.stream()
                                  .anyMatch(rule -> l.contains(",query," + rule + ",")),
                          "a query the generator raises on purpose"));
      assertThat(exit).as(validate.stdout()).isZero();
      assertThat(validate.stdout()).doesNotContain("not recognised");
    }
  }

  private int run(String name, String... args) {
    try (OpenCscProcess process =
        OpenCscProcess.start(
            work.resolve(name), Map.of("OPENCSC_HOME", work.resolve("home").toString()), args)) {
      return process.waitForExit(TIMEOUT);
    }
  }
}
