package org.opencsc.ingest.internal.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencsc.ingest.internal.SecureStax;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * Checks an .xlsx (a zip of XML parts) before anything reads it. First, from the zip's central
 * directory alone, nothing inflated: at most {@value #MAX_ENTRIES} entries, none larger than
 * {@value #MAX_ENTRY_BYTES} bytes or inflating more than {@value #MAX_RATIO} times, all together at
 * most {@value #MAX_TOTAL_BYTES} bytes — a zip bomb is refused here. Then each entry is inflated
 * once, counting, and stopped as soon as it passes what the directory declared or the limits (a
 * directory can lie); each XML part is read up to its root element by a StAX parser that resolves
 * nothing, and a part that declares a document type is refused (XXE, entity expansion).
 */
final class WorkbookGuard {

  /** An .xlsx has a few dozen parts. */
  static final int MAX_ENTRIES = 1_000;

  /** The largest part: a sheet of a few hundred thousand rows. */
  static final long MAX_ENTRY_BYTES = 1L << 30;

  /** All parts together. */
  static final long MAX_TOTAL_BYTES = 2L << 30;

  /** Inflated size / compressed size; sheet XML compresses 10–30 times, a bomb 1,000 times. */
  static final long MAX_RATIO = 200;

  /** Parts smaller than this are not held to the ratio (tiny repetitive XML compresses well). */
  static final long RATIO_FROM_BYTES = 1L << 20;

  static final String WORKBOOK = "xl/workbook.xml";

  private WorkbookGuard() {}

  /** Whether the zip holds a workbook part (central directory only). */
  static boolean isWorkbook(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      return zip.getEntry(WORKBOOK) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** The central directory's check alone (recognition: nothing is inflated). */
  static void checkDirectory(Path path) throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      directory(zip);
    } catch (IOException e) {
      throw new UnreadableFileException("XLSX_UNREADABLE", "not a readable .xlsx (zip): " + e);
    }
  }

  /** Both checks: the directory, then every entry inflated with a limit and its XML prolog. */
  static void check(Path path) throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (ZipEntry entry : directory(zip)) {
        try (InputStream in = new LimitedStream(zip.getInputStream(entry), limit(entry), entry)) {
          String name = entry.getName().toLowerCase(Locale.ROOT);
          if (name.endsWith(".xml") || name.endsWith(".rels")) {
            prolog(entry.getName(), in);
          }
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    } catch (ZipException e) {
      throw new UnreadableFileException("XLSX_UNREADABLE", "not a readable .xlsx (zip): " + e);
    } catch (LimitedStream.TooLarge e) {
      throw refused(e.getMessage());
    } catch (IOException e) {
      throw new UnreadableFileException("XLSX_UNREADABLE", "the workbook cannot be read: " + e);
    }
  }

  private static List<ZipEntry> directory(ZipFile zip) throws UnreadableFileException {
    List<ZipEntry> entries = new ArrayList<>();
    long total = 0;
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      ZipEntry entry = e.nextElement();
      if (entries.size() >= MAX_ENTRIES) {
        throw refused("more than " + MAX_ENTRIES + " parts");
      }
      long size = entry.getSize();
      long packed = entry.getCompressedSize();
      if (size < 0 || packed < 0) {
        throw refused(entry.getName() + " does not declare its size");
      }
      if (size > MAX_ENTRY_BYTES) {
        throw refused(entry.getName() + " would inflate to " + size + " bytes");
      }
      if (size >= RATIO_FROM_BYTES && size > MAX_RATIO * Math.max(packed, 1)) {
        throw refused(
            entry.getName() + " would inflate " + size / Math.max(packed, 1) + " times its size");
      }
      total += size;
      if (total > MAX_TOTAL_BYTES) {
        throw refused("its parts would inflate to more than " + MAX_TOTAL_BYTES + " bytes");
      }
      entries.add(entry);
    }
    return entries;
  }

  /** What an entry may inflate to: what it declares, within the limits. */
  private static long limit(ZipEntry entry) {
    long byRatio = Math.max(RATIO_FROM_BYTES, MAX_RATIO * Math.max(entry.getCompressedSize(), 1));
    return Math.min(Math.min(entry.getSize(), MAX_ENTRY_BYTES), byRatio);
  }

  private static void prolog(String part, InputStream in) throws UnreadableFileException {
    try {
      XMLStreamReader xml = SecureStax.factory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD) {
            throw new UnreadableFileException(
                "XML_DTD_REFUSED",
                "the workbook's part "
                    + part
                    + " declares a document type (<!DOCTYPE ...>): refused, because DTDs can read"
                    + " other files or expand without limit; an .xlsx needs none");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            return;
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new UnreadableFileException(
          "XML_NOT_WELL_FORMED", "the workbook's part " + part + " is not well-formed XML", e);
    }
  }

  private static UnreadableFileException refused(String why) {
    return new UnreadableFileException(
        "ZIP_REFUSED",
        "the workbook was refused before it was read (a zip bomb?): "
            + why
            + "; limits: "
            + MAX_ENTRIES
            + " parts, "
            + (MAX_ENTRY_BYTES >> 20)
            + " MiB a part, "
            + (MAX_TOTAL_BYTES >> 20)
            + " MiB in all, "
            + MAX_RATIO
            + " times inflation");
  }
}
