package org.opencsc.ingest.internal.ssd;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
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
 * The Standard Safeguarding Dataset extract: one CSV per SSD table, recognised by its header row
 * (the fields of each table share a prefix: {@code pers_} for ssd_person, {@code invo_} for
 * ssd_involvements), checked row by row here ({@link SsdTable}) and across rows in {@code
 * transform.sql}, which runs after the CIN census and SSDA903 transforms so that SSD CP visits can
 * join the CP plans the CIN census loaded, and in {@code assessments.sql}, which runs after every
 * family's transform and fills in two fields of the assessments another family loaded, and in
 * {@code section47.sql}, which fills in the end date of the section 47 enquiries it loaded.
 */
@Component
public class SsdSource implements IngestSource {

  /** The year whose code lists are used when a collection year has no file of its own. */
  static final CollectionYear FALLBACK_YEAR = new CollectionYear(2025);

  private final JobTitles titles = JobTitles.load();

  @Override
  public String family() {
    return "SSD";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    if (sample.binary()) {
      return Optional.empty();
    }
    String prefix = headerPrefix(sample.firstLine());
    if (prefix == null) {
      return Optional.empty();
    }
    Optional<SsdTable> table = SsdTable.byPrefix(prefix);
    if (table.isPresent()) {
      return Optional.of(new Recognised(this, table.get().tableName(), null));
    }
    String other = SsdTable.NOT_READ.get(prefix);
    return other == null
        ? Optional.empty()
        : Optional.of(new Recognised(this, other + " (not read)", null));
  }

  /** The prefix all header fields share, e.g. {@code pers}; null if they do not share one. */
  static @Nullable String headerPrefix(String headerLine) {
    CsvRecord header;
    try {
      header = CsvReader.builder().trimWhitespacesAroundQuotes(true).ofSingleCsvRecord(headerLine);
    } catch (RuntimeException e) {
      return null;
    }
    String prefix = null;
    for (String field : header.getFields()) {
      String own = SsdTable.prefix(field.strip().toLowerCase(Locale.ROOT));
      if (own.isEmpty() || (prefix != null && !prefix.equals(own))) {
        return null;
      }
      prefix = own;
    }
    return prefix;
  }

  @Override
  public String stagingSql() {
    return SqlFile.load(SsdSource.class, "staging.sql");
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    Optional<SsdTable> table = SsdTable.byName(file.recognised().part());
    if (table.isEmpty()) {
      return 0;
    }
    staging
        .table("stage_ssd_context", "source_file, source_row, as_at, year_start")
        .add(file.name(), 0, context.asAt(), context.year().start());
    SsdRules rules = new SsdRules(codes(context.year()), titles, context);
    CopyRows out = staging.table(table.get().stagingTable(), table.get().stagingColumns());
    SsdTable.RowCheck check = table.get().check();
    try (SsdFile csv = SsdFile.open(file, table.get(), findings)) {
      while (csv.next()) {
        SsdRow row = csv.row();
        Object[] values = check.check(row, rules);
        if (values != null && !row.rejected()) {
          out.add(row.staged(values));
        }
      }
      return csv.rows();
    }
  }

  /** The year's code lists, else those of {@link #FALLBACK_YEAR}. */
  static CodeLists codes(CollectionYear year) {
    return CodeLists.forYear(SsdSource.class, "codes", year)
        .or(() -> CodeLists.forYear(SsdSource.class, "codes", FALLBACK_YEAR))
        .orElseThrow(() -> new IllegalStateException("no SSD code list for " + FALLBACK_YEAR));
  }

  @Override
  public String transformSql() {
    return SqlFile.load(SsdSource.class, "transform.sql");
  }

  /**
   * ssd_cin_assessments fills in the day the child was seen and the outcome on the assessments the
   * CIN census loaded, or, without a census, Annex A (whose transform runs after this family's);
   * ssd_s47_enquiry fills in the end date of their section 47 enquiries.
   */
  @Override
  public String fillInSql() {
    return SqlFile.load(SsdSource.class, "assessments.sql")
        + "\n"
        + SqlFile.load(SsdSource.class, "section47.sql");
  }

  /** After the CIN census and SSDA903 (100): SSD CP visits need the plans they loaded. */
  @Override
  public int order() {
    return 200;
  }
}
