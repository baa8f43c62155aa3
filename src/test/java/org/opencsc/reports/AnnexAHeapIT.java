package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The export streams: a list of 400,000 contacts (a year's contacts of a large county many times
 * over) is written by a JVM whose whole heap is 48 MB, far less than the list's rows would take
 * held at once (the driver's rows alone, fetched whole, take several times that). A JVM of its own,
 * so that the limit is the export's and nothing else's.
 */
class AnnexAHeapIT {

  static final int CONTACTS = 400_000;
  static final ServedSnapshot SNAPSHOT = new ServedSnapshot(9501, LocalDate.of(2026, 3, 31));

  @Test
  void aListLargerThanTheHeapIsWrittenAsItIsRead() throws Exception {
    String url = TestDatabase.createMigratedDatabase("reports_annexa_heap");
    JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource(url));
    jdbc.sql(
            "insert into snapshot (snapshot_id, as_at, source, status, served_at)"
                + " overriding system value values (9501, '2026-03-31', 'test', 'served', now())")
        .update();
    jdbc.sql("select create_snapshot_partitions(9501)").query(Object.class).single();
    jdbc.sql(
            "insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)"
                + " values (9501, 'H1', 'F', '2015-01-01', 'WBRI')")
        .update();
    jdbc.sql(
            "insert into contact (snapshot_id, contact_id, child_id, contact_date, contact_source)"
                + " select 9501, 'CT' || g, 'H1', date '2025-10-01' + g % 180, '1A'"
                + " from generate_series(1, :n) g")
        .param("n", CONTACTS)
        .update();

    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx48m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Export.class.getName(),
                    url))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("List 1=" + CONTACTS);
  }

  /** Writes the workbook of snapshot 9501 to nowhere and prints each list's rows. */
  public static final class Export {

    public static void main(String[] args) throws IOException {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setUrl(args[0]);
      dataSource.setUser("postgres");
      AnnexAExport export =
          new AnnexAExporter(dataSource)
              .write(
                  SNAPSHOT, AnnexAPeriod.of(SNAPSHOT, null, null), OutputStream.nullOutputStream());
      System.out.println(export.rowsBySheet());
    }
  }
}
