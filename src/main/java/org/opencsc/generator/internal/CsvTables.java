package org.opencsc.generator.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One CSV file per table of a set (the SSDA903 return, the SSD extract), open while rows arrive: a
 * header row of the table's columns, UTF-8 without a byte order mark, CRLF line ends throughout
 * (RFC 4180), fields quoted only when they must be. Counts the data rows of each file.
 */
final class CsvTables<T extends Enum<T> & CsvTables.Table> implements AutoCloseable {

  /** A table of the set: its file name and columns. */
  interface Table {
    String fileName();

    List<String> columns();
  }

  private final Map<T, CsvWriter> writers;
  private final Map<T, Integer> counts;

  private CsvTables(Class<T> tables) {
    this.writers = new EnumMap<>(tables);
    this.counts = new EnumMap<>(tables);
  }

  /** Creates {@code dir} and one file per table, each with its header row. */
  static <T extends Enum<T> & Table> CsvTables<T> create(Class<T> tables, Path dir) {
    return create(tables, dir, Table::columns);
  }

  /**
   * Creates {@code dir} and one file per table, with the columns {@code columns} gives each (a set
   * whose columns change from year to year).
   */
  static <T extends Enum<T> & Table> CsvTables<T> create(
      Class<T> tables, Path dir, Function<T, List<String>> columns) {
    CsvTables<T> files = new CsvTables<>(tables);
    try {
      Files.createDirectories(dir);
      for (T table : tables.getEnumConstants()) {
        CsvWriter writer =
            CsvWriter.builder()
                .lineDelimiter(LineDelimiter.CRLF)
                .build(dir.resolve(table.fileName()), StandardCharsets.UTF_8);
        files.writers.put(table, writer);
        files.counts.put(table, 0);
        writer.writeRecord(columns.apply(table));
      }
      return files;
    } catch (IOException e) {
      files.closeAfter(e);
      throw new UncheckedIOException("cannot write in " + dir, e);
    } catch (RuntimeException e) {
      files.closeAfter(e);
      throw e;
    }
  }

  void row(T table, String... values) {
    writers.get(table).writeRecord(values);
    counts.merge(table, 1, Integer::sum);
  }

  /** Data rows (header rows excluded) per file name, in the order of the tables. */
  Map<String, Integer> rowsByFile() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    counts.forEach((table, n) -> rows.put(table.fileName(), n));
    return rows;
  }

  /** Closes the files after a failure, which stays the one reported. */
  private void closeAfter(Exception failure) {
    try {
      close();
    } catch (UncheckedIOException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    UncheckedIOException failure = null;
    for (Map.Entry<T, CsvWriter> writer : writers.entrySet()) {
      try {
        writer.getValue().close();
      } catch (IOException e) {
        failure = new UncheckedIOException("cannot finish " + writer.getKey().fileName(), e);
      }
    }
    writers.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
