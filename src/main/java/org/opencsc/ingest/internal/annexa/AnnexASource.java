package org.opencsc.ingest.internal.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SecureStax;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.springframework.stereotype.Component;

/**
 * Ofsted's Annex A workbook: an .xlsx recognised by its content — a zip whose workbook has sheets
 * named for the template's lists ({@code List 1} … {@code List 11}) — checked before it is read
 * ({@link WorkbookGuard}: zip bombs, document types), then streamed sheet by sheet and row by row
 * with the fastexcel reader ({@link ListReader}). Its transform runs last ({@link #order}) and
 * fills a domain table only when no other family of the run did: Annex A is the lowest-precedence
 * source and the whole of the data only when nothing else was exported.
 */
@Component
public class AnnexASource implements IngestSource {

  @Override
  public String family() {
    return "Annex A";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    Path path = sample.path();
    if (!sample.binary() || path == null || !sample.head().startsWith("PK")) {
      return Optional.empty();
    }
    if (!WorkbookGuard.isWorkbook(path)) {
      return Optional.empty();
    }
    try {
      WorkbookGuard.checkDirectory(path);
    } catch (UnreadableFileException e) {
      return Optional.of(new Recognised(this, "workbook (refused)", null));
    }
    try {
      return sheetNames(path).stream().anyMatch(AnnexAList::isListSheet)
          ? Optional.of(new Recognised(this, "", null))
          : Optional.empty();
    } catch (UnreadableFileException e) {
      return Optional.of(new Recognised(this, "workbook (refused)", null));
    }
  }

  /** The sheet names in {@code xl/workbook.xml}, read with a parser that refuses document types. */
  static List<String> sheetNames(Path path) throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry entry = zip.getEntry(WorkbookGuard.WORKBOOK);
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = SecureStax.factory().createXMLStreamReader(in);
        List<String> names = new java.util.ArrayList<>();
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD) {
            throw new UnreadableFileException("XML_DTD_REFUSED", "the workbook declares a DTD");
          }
          if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
            String name = xml.getAttributeValue(null, "name");
            if (name != null) {
              names.add(name);
            }
          }
        }
        return names;
      }
    } catch (IOException | XMLStreamException e) {
      throw new UnreadableFileException("XLSX_UNREADABLE", "the workbook cannot be read: " + e);
    }
  }

  @Override
  public String stagingSql() {
    return SqlFile.load(AnnexASource.class, "staging.sql");
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    WorkbookGuard.check(file.path());
    AnnexACodes codes = AnnexACodes.forYear(context.year());
    staging
        .table("stage_annexa_context", "source_file, source_row, as_at")
        .add(file.name(), 0, context.asAt());
    long rows = 0;
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(file.path().toFile(), new ReadingOptions(false, false))) {
      Set<AnnexAList> read = EnumSet.noneOf(AnnexAList.class);
      for (Sheet sheet : workbook.getSheets().toList()) {
        Optional<AnnexAList> list = AnnexAList.bySheetName(sheet.getName());
        if (list.isEmpty()) {
          continue;
        }
        if (!read.add(list.get())) {
          findings.add(
              Finding.file(
                  file.name(),
                  "DUPLICATE_SHEET",
                  "sheet '"
                      + sheet.getName()
                      + "' is a second "
                      + list.get().label()
                      + ": not read"));
          continue;
        }
        rows +=
            new ListReader(
                    file, list.get(), context, codes, workbook.isDate1904(), staging, findings)
                .read(sheet);
      }
    } catch (ExcelReaderException e) {
      throw new UnreadableFileException(
          "XLSX_UNREADABLE", "the workbook cannot be read: " + e.getMessage(), e);
    }
    return rows;
  }

  @Override
  public String transformSql() {
    return SqlFile.load(AnnexASource.class, "transform.sql");
  }

  /** After every other source (SSD: 200): Annex A fills only what they left empty. */
  @Override
  public int order() {
    return 300;
  }
}
