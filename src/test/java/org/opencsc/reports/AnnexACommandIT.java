package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.testsupport.OpenCscProcess;

/**
 * {@code java -jar opencsc.jar annex-a} as a person runs it: exit code 2 with a reason when there
 * is no data or the dates cannot be given; after {@code import} of the synthetic council's Annex A
 * workbook, the workbook written with the template's eleven sheets, each list's rows printed, and
 * the contacts of the six months the generator's own workbook lists.
 */
class AnnexACommandIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path work;

  @Test
  void writesTheWorkbookFromTheServedSnapshot() throws IOException {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    Path out = work.resolve("out").resolve("annex-a.xlsx");
    Result noData = run(env, "annex-a", "--out", out.toString());
    assertThat(noData.exit()).isEqualTo(2);
    assertThat(noData.stderr()).contains("no data loaded yet");

    Path returns = work.resolve("returns");
    assertThat(
            run(env, "generate", "--size", "small", "--seed", "1", "--out", returns.toString())
                .exit())
        .isZero();
    // the workbook alone has no census reference date: the date it describes is given
    Result imported =
        run(env, "import", returns.resolve("annex-a").toString(), "--as-at", "2026-03-31");
    assertThat(imported.exit()).as(imported.stderr()).isZero();

    Result written = run(env, "annex-a", "--out", out.toString());
    assertThat(written.exit()).as(written.stderr()).isZero();
    Map<String, Long> rows = AnnexAExportRoundTripIT.rowsBySheet(out);
    Map<String, Long> generator =
        AnnexAExportRoundTripIT.rowsBySheet(returns.resolve("annex-a").resolve("annex-a.xlsx"));
    assertThat(rows.keySet()).containsExactlyElementsOf(generator.keySet());
    assertThat(rows.get("List 1")).isPositive().isEqualTo(generator.get("List 1"));
    assertThat(written.stdout())
        .contains("Annex A from 2025-10-01 to 2026-03-31 written to " + out)
        .contains("List 1: " + rows.get("List 1") + " rows")
        .contains("List 11: 0 rows");

    Result future = run(env, "annex-a", "--out", out.toString(), "--as-at", "2030-01-01");
    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.stderr()).contains("after the served snapshot's date, 2026-03-31");
    Result reversed =
        run(
            env,
            "annex-a",
            "--out",
            out.toString(),
            "--as-at",
            "2026-01-31",
            "--from",
            "2026-02-01");
    assertThat(reversed.exit()).isEqualTo(2);
    assertThat(reversed.stderr()).contains("--from 2026-02-01 is after the as-at date");
  }

  record Result(int exit, String stdout, String stderr) {}

  private Result run(Map<String, String> env, String... args) {
    try (OpenCscProcess process =
        OpenCscProcess.start(work.resolve("run-" + System.nanoTime()), env, args)) {
      int exit = process.waitForExit(TIMEOUT);
      return new Result(exit, process.stdout(), process.stderr());
    }
  }
}
