package org.opencsc.generator.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Writes the SSDA903 CSV set of one collection year into {@code DIR/ssda903/}: one file per table
 * ({@link Ssda903Table}), a header row of the DfE column names, UTF-8 without a byte-order mark,
 * CRLF line ends throughout (RFC 4180), fields quoted only when they must be. Children are streamed
 * once, in the council's child-ID order, so memory does not grow with the council. Which rows go in
 * is decided by {@link Ssda903Rows}.
 */
public final class Ssda903Writer {

  /** What was written: children in the return and rows per file name (header rows excluded). */
  public record Result(int children, Map<String, Integer> rowsByFile) {
    public Result {
      rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }
  }

  private Ssda903Writer() {}

  public static Result write(SyntheticCouncil council, ReportingYear year, Path directory) {
    Path dir = directory.resolve("ssda903");
    Map<Ssda903Table, CsvWriter> writers = new EnumMap<>(Ssda903Table.class);
    Map<Ssda903Table, Integer> counts = new EnumMap<>(Ssda903Table.class);
    AtomicInteger children = new AtomicInteger();
    try {
      Files.createDirectories(dir);
      for (Ssda903Table table : Ssda903Table.values()) {
        CsvWriter writer =
            CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .build(dir.resolve(table.fileName()), StandardCharsets.UTF_8);
        writers.put(table, writer);
        writer.writeRecord(table.columns());
        counts.put(table, 0);
      }
      Ssda903Rows.Sink sink =
          (table, values) -> {
            writers.get(table).writeRecord(values);
            counts.merge(table, 1, Integer::sum);
          };
      council.children(
          history -> {
            if (Ssda903Rows.write(history, year, sink)) {
              children.incrementAndGet();
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the SSDA903 files in " + dir, e);
    } finally {
      closeAll(writers);
    }
    Map<String, Integer> rows = new LinkedHashMap<>();
    counts.forEach((table, n) -> rows.put(table.fileName(), n));
    return new Result(children.get(), rows);
  }

  private static void closeAll(Map<Ssda903Table, CsvWriter> writers) {
    UncheckedIOException failure = null;
    for (CsvWriter writer : writers.values()) {
      try {
        writer.close();
      } catch (IOException e) {
        failure = new UncheckedIOException("cannot finish an SSDA903 file", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
