package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Writes the SSDA903 CSV set of one collection year into {@code DIR/ssda903/}: one file per table
 * ({@link Ssda903Table}, {@link CsvTables}) with a header row of the DfE column names. Children are
 * streamed once, in the council's child-ID order, so memory does not grow with the council. Which
 * rows go in is decided by {@link Ssda903Rows}.
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
    AtomicInteger children = new AtomicInteger();
    try (CsvTables<Ssda903Table> files =
        CsvTables.create(Ssda903Table.class, directory.resolve("ssda903"))) {
      Ssda903Rows.Sink sink = files::row;
      council.children(
          history -> {
            if (Ssda903Rows.write(history, year, sink)) {
              children.incrementAndGet();
            }
          });
      return new Result(children.get(), files.rowsByFile());
    }
  }
}
