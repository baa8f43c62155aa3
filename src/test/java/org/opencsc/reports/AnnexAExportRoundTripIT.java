package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.annexa.AnnexASource;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bar for the Annex A export: the {@code small} council (seed 1) generated and loaded
 * (the snapshot {@code generate --load} serves), every file it writes imported by the ingest (all
 * families: the snapshot a council's drop folder gives), Annex A exported from each for the default
 * period (the six months to the snapshot's date, the generator's own workbook's period), and each
 * export imported again by the ingest alone.
 *
 * <p>Both must import with no error and no warning. From the generator's snapshot every list holds
 * exactly the rows of the generator's own workbook, and re-imported it loads the same number of
 * rows into every table as that workbook does. From the imported snapshot every list does too, List
 * 5 included: the end of a section 47 enquiry, which the CIN census lacks, comes from the SSD's
 * ssd_s47_enquiry (docs/reports.md).
 */
class AnnexAExportRoundTripIT {

  static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);

  @TempDir static Path dir;

  static JdbcClient jdbc;
  static DataSource dataSource;
  static Map<String, Long> generatorRows;
  static IngestReport generatorWorkbookAlone;
  static AnnexAExport fromGenerated;
  static IngestReport fromGeneratedAgain;
  static AnnexAExport fromImported;
  static IngestReport fromImportedAgain;
  static Path fromImportedFile;

  @BeforeAll
  static void generateImportExportAndImportAgain() throws Exception {
    Path generated = dir.resolve("generated");
    GeneratedCouncil council =
        GeneratedCouncil.loadAndWrite("reports_annexa_round_trip", SMALL, generated);
    dataSource = council.dataSource();
    jdbc = council.jdbc();
    Path generatorFile = generated.resolve("annex-a").resolve("annex-a.xlsx");
    generatorRows = rowsBySheet(generatorFile);

    ServedSnapshot loaded = served();
    assertThat(loaded.snapshotId()).isEqualTo(council.snapshotId());
    Path fromGeneratedFile = dir.resolve("from-generated").resolve("annex-a.xlsx");
    fromGenerated = export(loaded, fromGeneratedFile);

    IngestReport imported = run(applicationSources(), generated);
    assertThat(imported.outcome()).isEqualTo("loaded");
    ServedSnapshot served = served();
    assertThat(served.snapshotId()).isEqualTo(imported.snapshotId());
    assertThat(served.asAt()).isEqualTo(SMALL.asAt());
    fromImportedFile = dir.resolve("from-imported").resolve("annex-a.xlsx");
    fromImported = export(served, fromImportedFile);

    fromGeneratedAgain = run(List.of(new AnnexASource()), fromGeneratedFile.getParent());
    fromImportedAgain = run(List.of(new AnnexASource()), fromImportedFile.getParent());
    generatorWorkbookAlone = run(List.of(new AnnexASource()), generatorFile.getParent());
  }

  @Test
  void bothExportsImportWithoutAnErrorOrAWarning() {
    for (IngestReport report : List.of(fromGeneratedAgain, fromImportedAgain)) {
      assertThat(report.outcome()).isEqualTo("loaded");
      assertThat(report.findings())
          .filteredOn(f -> f.severity() != Severity.QUERY)
          .extracting(Finding::toString)
          .isEmpty();
    }
  }

  @Test
  void fromTheGeneratedSnapshotEveryListHoldsTheRowsOfTheGeneratorsOwnWorkbook() {
    assertThat(generatorRows).containsKeys("List 1", "List 11").hasSize(11);
    assertThat(generatorRows.get("List 8")).isPositive();
    assertThat(fromGenerated.rowsBySheet()).containsExactlyEntriesOf(generatorRows);
  }

  @Test
  void fromTheGeneratedSnapshotItLoadsWhatTheGeneratorsWorkbookLoads() {
    assertThat(fromGeneratedAgain.tableRows()).isEqualTo(generatorWorkbookAlone.tableRows());
    assertThat(fromGeneratedAgain.tableRows().get("contact")).isPositive();
  }

  @Test
  void fromTheImportedSnapshotEveryListHoldsTheGeneratorsRows() throws IOException {
    Map<String, Long> written = rowsBySheet(fromImportedFile);
    assertThat(written).containsExactlyEntriesOf(fromImported.rowsBySheet());
    assertThat(generatorRows.get("List 5")).isPositive();
    for (Map.Entry<String, Long> list : generatorRows.entrySet()) {
      assertThat(written.get(list.getKey())).as(list.getKey()).isEqualTo(list.getValue());
    }
  }

  private static ServedSnapshot served() {
    return jdbc.sql(
            "select s.snapshot_id, s.as_at from current_snapshot c"
                + " join snapshot s using (snapshot_id)")
        .query(ServedSnapshot.class)
        .single();
  }

  private static AnnexAExport export(ServedSnapshot snapshot, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      return new AnnexAExporter(dataSource)
          .write(snapshot, AnnexAPeriod.of(snapshot, null, null), out);
    }
  }

  /** The data rows of each sheet (the first row holds the headings). */
  static Map<String, Long> rowsBySheet(Path file) throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        try (Stream<Row> stream = sheet.openStream()) {
          rows.put(sheet.getName(), stream.count() - 1);
        }
      }
    }
    return rows;
  }

  private static IngestReport run(List<IngestSource> sources, Path folder) {
    return new IngestRunner(dataSource, sources, Clock.system(ZoneOffset.UTC))
        .run(
            new IngestRunner.Request(
                folder, true, "cli", "annex a export", SMALL.asAt(), 100, IngestProgress.NONE));
  }

  /** Every source the application has, as AllFamiliesRoundTripIT finds them. */
  private static List<IngestSource> applicationSources() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(IngestSource.class));
    List<IngestSource> sources = new ArrayList<>();
    for (BeanDefinition bean : scanner.findCandidateComponents("org.opencsc.ingest")) {
      Class<?> type = Class.forName(bean.getBeanClassName());
      if (!type.isAnnotationPresent(Component.class)) {
        continue;
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      sources.add((IngestSource) constructor.newInstance());
    }
    sources.sort(Comparator.comparingInt(IngestSource::order));
    return sources;
  }
}
