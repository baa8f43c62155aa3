package org.opencsc.ingest.internal.csww;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.ExportDates;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.springframework.stereotype.Component;

/**
 * The children's social work workforce census as OpenCSC's three CSV tables ({@link CswwTable}),
 * recognised by their header rows. The census year is the one whose 30 September is the last on or
 * before the run's as-at date; the LA-level table's ReferenceDate gives that date when nothing else
 * does. Rows are checked here ({@link WorkerRows}, {@link LaRows}), across rows and into the domain
 * in {@code transform.sql}, which runs after the SSD's so that a census worker completes the
 * professional of the same SWENo.
 */
@Component
public class CswwSource implements IngestSource {

  /** Census years with a code list of their own: {@code codes-<year>.csv}. */
  static final List<Integer> CODE_YEARS = List.of(2024, 2025);

  @Override
  public String family() {
    return "CSWW";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    if (sample.binary()) {
      return Optional.empty();
    }
    List<String> header = fields(sample.firstLine());
    Set<String> names = new HashSet<>();
    header.forEach(h -> names.add(h.strip().toLowerCase(Locale.ROOT)));
    return CswwTable.recognise(names)
        .map(
            t ->
                new Recognised(
                    this,
                    t.label(),
                    t == CswwTable.LA_LEVEL ? referenceDate(sample, header) : null));
  }

  /** The first data row's ReferenceDate, when it is a 30 September. */
  private static @Nullable LocalDate referenceDate(FileSample sample, List<String> header) {
    int column = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase("ReferenceDate")) {
        column = i;
      }
    }
    String[] lines = sample.head().split("\r?\n", 3);
    if (column < 0 || lines.length < 2) {
      return null;
    }
    List<String> row = fields(lines[1]);
    LocalDate date = column < row.size() ? ExportDates.parse(row.get(column).strip()) : null;
    return date != null && date.equals(CensusYear.ending(date).referenceDate()) ? date : null;
  }

  private static List<String> fields(String line) {
    try {
      CsvRecord record =
          CsvReader.builder().trimWhitespacesAroundQuotes(true).ofSingleCsvRecord(line);
      return record.getFields();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public String stagingSql() {
    return SqlFile.load(CswwSource.class, "staging.sql");
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    CswwTable table =
        CswwTable.byLabel(file.recognised().part())
            .orElseThrow(() -> new IllegalStateException(file.recognised().part()));
    CswwRules rules = rules(CensusYear.ending(context.asAt()), file, findings);
    staging
        .table("stage_csww_context", "source_file, source_row, reference_date")
        .add(file.name(), 0, rules.census().referenceDate());
    CopyRows out = staging.table(table.stagingTable(), table.stagingColumns());
    try (CswwFile csv = CswwFile.open(file, table, rules, findings)) {
      while (csv.next()) {
        CswwRow row = csv.row();
        Object[] values = table.check().check(row, rules);
        if (values != null && !row.rejected()) {
          out.add(row.staged(values));
        }
      }
      return csv.rows();
    }
  }

  /**
   * The census year's rules: its own code list, else the nearest year's (the latest earlier one,
   * else the earliest), with the query CODE_LIST_YEAR.
   */
  static CswwRules rules(CensusYear census, SourceFile file, Findings findings)
      throws SQLException {
    int codeYear =
        CODE_YEARS.stream()
            .filter(y -> y <= census.year())
            .reduce((a, b) -> b)
            .orElse(CODE_YEARS.get(0));
    CodeLists codes =
        CodeLists.load(CswwSource.class, "codes-" + codeYear + ".csv")
            .orElseThrow(() -> new IllegalStateException("no CSWW code list " + codeYear));
    if (codeYear != census.year()) {
      findings.fileQuery(
          file,
          null,
          "CODE_LIST_YEAR",
          String.format(
              "OpenCSC has no CSWW code lists for %s: those of %d were used", census, codeYear));
    }
    return new CswwRules(census, codes, codeYear);
  }

  @Override
  public String transformSql() {
    return SqlFile.load(CswwSource.class, "transform.sql");
  }

  /** After the SSD (200): a census worker completes the SSD professional of the same SWENo. */
  @Override
  public int order() {
    return 300;
  }
}
