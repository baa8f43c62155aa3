package org.opencsc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.testsupport.OpenCscProcess;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A command-line command that uses the database fills {@code bank_holiday} too: its lazy context
 * migrates the database at the command's first query, and the table is filled right after.
 */
class WorkingDaysCliIT {

  @TempDir Path work;

  @Test
  void anImportOnAnEmptyDatabaseFillsTheTableFromTheConfiguration() throws Exception {
    String url = TestDatabase.createEmptyDatabase("calendar_cli");
    Path drop = Files.createDirectories(work.resolve("drop"));
    try (OpenCscProcess process =
        OpenCscProcess.start(
            work.resolve("run"),
            Map.of(
                "OPENCSC_HOME",
                work.resolve("home").toString(),
                "SPRING_DATASOURCE_URL",
                url,
                "OPENCSC_CALENDAR_EXTRA_CLOSURE_DAYS",
                "2025-12-29,2025-12-30"),
            "import",
            drop.toString())) {
      int exit = process.waitForExit(Duration.ofMinutes(2));
      assertThat(exit).as(process.stdout() + process.stderr()).isLessThan(2);
    }

    JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource(url));
    List<String> sources =
        jdbc.sql("select source || ' ' || count(*) from bank_holiday group by source order by 1")
            .query(String.class)
            .list();
    assertThat(sources)
        .containsExactly("bank-holidays-england-and-wales.csv 107", "configuration 2");
    // Wed 24 Dec 2025 → Fri 2 Jan 2026: 25, 26 holidays, weekend, 29 and 30 closed, 1 Jan a
    // holiday: Wed 31 and Fri 2 count
    assertThat(
            jdbc.sql("select working_days_between(date '2025-12-24', date '2026-01-02')")
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }
}
