package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.testsupport.OpenCscProcess;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar opencsc.jar indicators} as a person runs it, on what {@code import} loaded from
 * the synthetic council's CIN census: CSV and JSON in the one output contract, levels adding up,
 * and exit code 2 with a reason when it cannot run.
 */
class IndicatorsCommandIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern REFERRAL_DATE =
      Pattern.compile("<CINreferralDate>(\\d{4}-\\d{2}-\\d{2})</CINreferralDate>");

  @TempDir Path work;

  @Test
  void printsTheServedSnapshotsIndicators() throws IOException {
    Map<String, String> env = Map.of("OPENCSC_HOME", work.resolve("home").toString());
    Result noData = run(env, "indicators", "--as-at", "2026-03-31");
    assertThat(noData.exit()).isEqualTo(2);
    assertThat(noData.stderr()).contains("no data has been loaded yet");

    Path returns = work.resolve("returns");
    assertThat(
            run(env, "generate", "--size", "small", "--seed", "5", "--out", returns.toString())
                .exit())
        .isZero();
    assertThat(run(env, "import", returns.resolve("cin").toString()).exit()).isZero();

    Result csv = run(env, "indicators", "--as-at", "2026-03-31");
    assertThat(csv.exit()).as(csv.stderr()).isZero();
    List<String> lines = csv.stdout().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "indicator,level,unit_id,unit_name,numerator,denominator,value,unit_of_measure,"
                + "as_at,period_start,period_end");
    // the census's own referral dates, counted here without OpenCSC: 1 April 2025 to 31 March 2026
    long referrals = referralsBetween(returns, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
    assertThat(referrals).isPositive();
    assertThat(lines)
        .contains(
            "referrals,council,council,Council,"
                + referrals
                + ",0,"
                + referrals
                + ",count,2026-03-31,2025-04-01,2026-03-31");

    Result json =
        run(env, "indicators", "--level", "team", "--format", "json", "--indicator", "referrals");
    assertThat(json.exit()).as(json.stderr()).isZero();
    List<Map<String, Object>> teams = parse(json.stdout());
    assertThat(teams).isNotEmpty().allSatisfy(v -> assertThat(v).containsEntry("level", "team"));
    assertThat(
            teams.stream()
                .map(v -> new BigDecimal(v.get("numerator").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(BigDecimal.valueOf(referrals));

    Result future = run(env, "indicators", "--as-at", "2030-01-01");
    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.stderr()).contains("up to 2026-03-31");
    Result badLevel = run(env, "indicators", "--level", "region");
    assertThat(badLevel.exit()).isEqualTo(2);
    assertThat(badLevel.stderr()).contains("level must be council, service-area, team or worker");
  }

  record Result(int exit, String stdout, String stderr) {}

  private Result run(Map<String, String> env, String... args) {
    try (OpenCscProcess process =
        OpenCscProcess.start(work.resolve("run-" + System.nanoTime()), env, args)) {
      int exit = process.waitForExit(TIMEOUT);
      return new Result(exit, process.stdout(), process.stderr());
    }
  }

  private static long referralsBetween(Path returns, LocalDate from, LocalDate to)
      throws IOException {
    try (Stream<Path> files = Files.list(returns.resolve("cin"))) {
      long count = 0;
      for (Path file : files.toList()) {
        Matcher m = REFERRAL_DATE.matcher(Files.readString(file));
        while (m.find()) {
          LocalDate day = LocalDate.parse(m.group(1));
          count += day.isBefore(from) || day.isAfter(to) ? 0 : 1;
        }
      }
      return count;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> parse(String json) {
    return JsonMapper.shared().readValue(json, List.class);
  }
}
