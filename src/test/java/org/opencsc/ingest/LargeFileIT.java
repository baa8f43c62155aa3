package org.opencsc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.testsupport.OpenCscProcess;

/**
 * A file bigger than 2 GiB is streamed, never held: {@code validate} reads one with a heap of a
 * tenth of its size and reports every row. Each row has a placement code the year's list lacks, so
 * the rows are checked and reported in the reader and nothing reaches the database: the test
 * exercises reading, checking and the findings cap, not PostgreSQL's disk.
 */
class LargeFileIT {

  private static final long TWO_GIB = 1L << 31;
  private static final String HEADER =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

  @TempDir Path work;

  @Test
  void aFileOverTwoGibibytesIsReadRowByRowWithASmallHeap() throws IOException {
    Path returns = work.resolve("returns");
    Files.createDirectories(returns);
    Path episodes = returns.resolve("episodes.csv");
    long rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(episodes, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write("\r\n");
      long written = HEADER.length() + 2;
      while (written <= TWO_GIB) {
        String row =
            String.format(
                Locale.ROOT, "C%09d,01/02/2025,L,V2,N1,XX,PR4,,,,XS29,XS30,SC%06d\r\n", rows, rows);
        out.write(row);
        written += row.length();
        rows++;
      }
    }
    assertThat(Files.size(episodes)).isGreaterThan(TWO_GIB);

    try (OpenCscProcess validate =
        OpenCscProcess.start(
            "256m",
            work.resolve("validate"),
            Map.of("OPENCSC_HOME", work.resolve("home").toString()),
            "validate",
            returns.toString())) {
      assertThat(validate.waitForExit(Duration.ofMinutes(20))).as(validate.stderr()).isEqualTo(1);
      assertThat(validate.stdout())
          .startsWith("validated:")
          .contains(String.format(Locale.ROOT, "%,d rows read", rows))
          .contains(String.format(Locale.ROOT, "%,d rejected", rows))
          .contains("UNKNOWN_CODE")
          .doesNotContain("OutOfMemoryError");
    }
  }
}
