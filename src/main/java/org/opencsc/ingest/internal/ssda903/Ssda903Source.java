package org.opencsc.ingest.internal.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopyRows;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.PostcodeFile;
import org.opencsc.ingest.internal.ProviderFile;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.TextFiles;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.validation.ReturnYear;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Ssda903Return;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 CSV return: one file per table, whatever it is called, recognised by its header row
 * ({@link HeaderMatch}); the part is the table's name ({@code Episodes}). Each file is streamed and
 * checked row by row against the collection year's code lists ({@code codes-<year>.csv}), then
 * {@code transform.sql} checks across rows and files and fills the snapshot. An empty file, or one
 * with no header row, is not recognised (the run reports it as {@code FILE_EMPTY} or {@code
 * FILE_NOT_RECOGNISED}).
 */
@Component
final class Ssda903Source implements IngestSource {

  static final String FAMILY = "SSDA903";

  private static final Logger log = LoggerFactory.getLogger(Ssda903Source.class);

  private final String stagingSql = SqlFile.load(Ssda903Source.class, "staging.sql");
  private final String transformSql = SqlFile.load(Ssda903Source.class, "transform.sql");
  private final Map<CollectionYear, YearCodes> codeLists = new ConcurrentHashMap<>();

  /**
   * The postcode file last read, kept while it is unchanged: the whole ONS directory takes seconds
   * to read, and the nightly refresh would otherwise read it every night.
   */
  private volatile @Nullable ReadPostcodes postcodeCache;

  private record ReadPostcodes(PostcodeFile file, FileTime modified, long size, Postcodes read) {}

  /** The code lists used for a year: its own, or failing that the nearest year's. */
  record YearCodes(CollectionYear year, CodeLists lists) {}

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    if (sample.binary() || sample.firstLine().isBlank()) {
      return Optional.empty();
    }
    List<String> header;
    try {
      header = CsvReader.builder().ofSingleCsvRecord(sample.firstLine()).getFields();
    } catch (CsvParseException e) {
      return Optional.empty();
    }
    return HeaderMatch.table(header).map(table -> new Recognised(this, table.label(), null));
  }

  @Override
  public String stagingSql() {
    return stagingSql;
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    Ssda903Table table = Ssda903Table.ofLabel(file.recognised().part());
    CollectionYear year = context.year();
    if (!table.collectedIn(year)) {
      throw new UnreadableFileException(
          "TABLE_NOT_COLLECTED",
          String.format(
              "the SSDA903 %s table is collected from %s, and this run's collection year is %s",
              table.label(), table.firstYearLabel(), year));
    }
    YearCodes codes = codeLists.computeIfAbsent(year, Ssda903Source::codesFor);
    if (!codes.year().equals(year)) {
      findings.add(
          Ssda903Reader.fileQuery(
              file,
              null,
              "CODE_LIST_YEAR",
              String.format(
                  "OpenCSC has no SSDA903 code lists for %s: the codes of %s were used",
                  year, codes.year())));
    }
    staging
        .table("stage_903_file", "source_file, part, collection_start, collection_end")
        .add(file.name(), table.label(), year.start(), year.end());
    CopyRows rows = staging.table(table.stagingTable(), table.stagingColumns());
    List<Ssda903Row> asRead = new ArrayList<>();
    long read;
    try (Reader text = TextFiles.reader(file)) {
      read =
          new Ssda903Reader(
                  file, table, new FieldValues(codes.lists(), codes.year()), findings::add)
              .read(text, rows::add, asRead);
    }
    // only a file that could be used joins the return the DfE's rules check
    Ssda903Return ssda903 = context.state(Ssda903Return.class, () -> newReturn(year, codes));
    asRead.forEach(ssda903::add);
    context.state(StagedFiles.class, StagedFiles::new).add(table, file);
    return read;
  }

  /**
   * Reads last year's return and the reference data the run is given, before the run starts: a
   * folder or file that cannot be used stops the run with nothing changed.
   */
  @Override
  public void prepare(IngestContext context) {
    PostcodeFile postcodes = context.postcodes();
    if (postcodes != null && context.dfeRules()) {
      context.state().put(Postcodes.class, postcodes(postcodes));
    }
    ProviderFile providers = context.providers();
    if (providers != null && context.dfeRules()) {
      context.state().put(Providers.class, providers(providers, context));
    }
    Path folder = context.previous();
    if (folder != null && context.dfeRules()) {
      CollectionYear lastYear = new CollectionYear(context.year().startYear() - 1);
      YearCodes codes = codeLists.computeIfAbsent(lastYear, Ssda903Source::codesFor);
      CodeLists thisYear =
          codeLists.computeIfAbsent(context.year(), Ssda903Source::codesFor).lists();
      PreviousReturn previous = PreviousReturn.read(this, folder, lastYear, codes, thisYear);
      context.state().put(PreviousReturn.class, previous);
      log.info(
          "Last year's SSDA903 return ({}): {} file(s), {} children, from {}",
          lastYear,
          previous.files().size(),
          previous.ssda903().children().size(),
          folder);
    }
  }

  /** The DfE's rules over every SSDA903 file of the run at once: a child's rows span the tables. */
  @Override
  public void afterStaging(IngestContext context, Connection connection, Findings findings)
      throws SQLException {
    Object gathered = context.state().get(Ssda903Return.class);
    if (context.dfeRules() && gathered instanceof Ssda903Return ssda903) {
      if (context.state().get(PreviousReturn.class) instanceof PreviousReturn lastYear) {
        ssda903.previous(lastYear.ssda903());
      }
      if (context.state().get(Postcodes.class) instanceof Postcodes postcodes) {
        ssda903.postcodes(postcodes);
      }
      if (context.state().get(Providers.class) instanceof Providers providers) {
        ssda903.providers(providers);
      }
      String listedAt = context.state(StagedFiles.class, StagedFiles::new).returnFile();
      Ssda903RuleCheck.run(ssda903, connection, findings, listedAt);
    }
  }

  /** The postcode reference data, read again only when the file (or the council's code) changed. */
  private Postcodes postcodes(PostcodeFile file) {
    FileTime modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(file.file());
      size = Files.size(file.file());
    } catch (IOException e) {
      throw new IngestException("the postcode file " + file.file() + " cannot be read: " + e, e);
    }
    ReadPostcodes cached = postcodeCache;
    if (cached != null
        && cached.file().equals(file)
        && cached.modified().equals(modified)
        && cached.size() == size) {
      return cached.read();
    }
    Postcodes read = PostcodeDirectory.read(file.file(), file.councilCode());
    log.info(
        "Postcode reference data: {} postcode sectors from {}{}",
        read.sectors().size(),
        file.file(),
        read.councilCode() == null
            ? " (opencsc.council.ons-code is not set: rules on the placement location find nothing)"
            : "");
    postcodeCache = new ReadPostcodes(file, modified, size, read);
    return read;
  }

  /**
   * Ofsted's provider lists, read on every run: a few thousand rows, read in milliseconds. A
   * provider without an authority code takes its postcode's when postcode data was given.
   */
  private static Providers providers(ProviderFile file, IngestContext context) {
    Postcodes postcodes =
        context.state().get(Postcodes.class) instanceof Postcodes read ? read : null;
    Providers read = ProviderList.read(file.file(), file.councilCode(), postcodes);
    long withAuthority =
        read.providers().values().stream().filter(p -> p.authority() != null).count();
    log.info(
        "Ofsted provider lists: {} providers ({} with a local authority) from {}{}",
        read.providers().size(),
        withAuthority,
        file.file(),
        read.councilCode() == null
            ? " (opencsc.council.ons-code is not set: rule 229 finds nothing)"
            : "");
    return read;
  }

  /**
   * The SSDA903 files a run staged, by table: a note about the return as a whole (rules that did
   * not run) is listed at its Header file, else at the first file staged.
   */
  private static final class StagedFiles {
    private final Map<Ssda903Table, String> byTable = new LinkedHashMap<>();

    synchronized void add(Ssda903Table table, SourceFile file) {
      byTable.putIfAbsent(table, file.name());
    }

    synchronized String returnFile() {
      String header = byTable.get(Ssda903Table.HEADER);
      return header != null ? header : byTable.values().iterator().next();
    }
  }

  static Ssda903Return newReturn(CollectionYear year, YearCodes codes) {
    CodeLists lists = codes.lists();
    // codes as the door reads them: a lower-case code is the code
    return new Ssda903Return(
        new ReturnYear(year.startYear()),
        (field, code) -> lists.allows(field, code.strip().toUpperCase(Locale.ROOT)));
  }

  @Override
  public String transformSql() {
    return transformSql;
  }

  /** The year's code lists, else the latest earlier year's, else the earliest later year's. */
  private static YearCodes codesFor(CollectionYear year) {
    for (int y = year.startYear(); y >= 2000; y--) {
      Optional<YearCodes> codes = shipped(y);
      if (codes.isPresent()) {
        return codes.get();
      }
    }
    for (int y = year.startYear() + 1; y <= year.startYear() + 50; y++) {
      Optional<YearCodes> codes = shipped(y);
      if (codes.isPresent()) {
        return codes.get();
      }
    }
    throw new IllegalStateException("no SSDA903 code lists (codes-<year>.csv) on the classpath");
  }

  private static Optional<YearCodes> shipped(int startYear) {
    CollectionYear year = new CollectionYear(startYear);
    return CodeLists.forYear(Ssda903Source.class, "codes", year)
        .map(lists -> new YearCodes(year, lists));
  }
}
