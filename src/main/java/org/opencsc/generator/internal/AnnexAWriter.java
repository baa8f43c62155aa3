package org.opencsc.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/**
 * Writes Ofsted's Annex A workbook, {@code DIR/annex-a/annex-a.xlsx}: one sheet per list ({@link
 * AnnexAList}) with the template's headings, values spelt as the template spells them ({@link
 * AnnexAValues}) and dates as Excel dates, over the six months ending on the extract date ({@link
 * AnnexAContext}). Children arrive one at a time ({@link #accept}); their rows wait in one
 * temporary file per list ({@link AnnexASpool}) until {@link #finish} streams the sheets with the
 * fastexcel writer. List 11 (adopters) has its headings only: the simulation has no adopters.
 */
public final class AnnexAWriter implements Consumer<ChildHistory>, AutoCloseable {

  /** Rows written per sheet (header rows excluded), in list order. */
  public record Result(Path file, Map<String, Integer> rowsBySheet) {
    public Result {
      rowsBySheet = Collections.unmodifiableMap(new LinkedHashMap<>(rowsBySheet));
    }
  }

  private static final int FLUSH_EVERY = 1_000;

  private final Path file;
  private final AnnexAContext context;
  private final Map<AnnexAList, AnnexASpool> spools = new EnumMap<>(AnnexAList.class);

  private AnnexAWriter(Path file, AnnexAContext context) {
    this.file = file;
    this.context = context;
  }

  /** Creates {@code DIR/annex-a/} and the lists' spools. */
  public static AnnexAWriter open(Organisation org, Path directory) {
    Path file = directory.resolve("annex-a").resolve("annex-a.xlsx");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    AnnexAWriter writer = new AnnexAWriter(file, new AnnexAContext(org));
    for (AnnexAList list : AnnexAList.values()) {
      writer.spools.put(list, new AnnexASpool(file.getParent(), "list" + list.ordinal()));
    }
    return writer;
  }

  @Override
  public void accept(ChildHistory history) {
    AnnexAContext.Sink sink = (list, values) -> spools.get(list).add(values);
    AnnexARows.write(history, context, sink);
    AnnexACareRows.write(history, context, sink);
  }

  /** Writes the workbook and removes the spools; what was written. */
  public Result finish() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "OpenCSC", "1.0");
      for (AnnexAList list : AnnexAList.values()) {
        Worksheet sheet = workbook.newWorksheet(list.sheetName());
        header(sheet, list.headings());
        int[] row = {1};
        spools.get(list).replay(values -> write(sheet, row[0]++, values));
        sheet.finish();
        rows.put(list.sheetName(), row[0] - 1);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      close();
    }
    return new Result(file, rows);
  }

  private static void header(Worksheet sheet, List<String> headings) {
    for (int c = 0; c < headings.size(); c++) {
      sheet.value(0, c, headings.get(c));
      sheet.style(0, c).bold().set();
    }
  }

  private static void write(Worksheet sheet, int row, @Nullable Object[] values) {
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      if (value instanceof String s) {
        sheet.value(row, c, s);
      } else if (value instanceof LocalDate d) {
        sheet.value(row, c, d);
        sheet.style(row, c).format("dd/mm/yyyy").set();
      } else if (value instanceof Integer n) {
        sheet.value(row, c, n);
      }
    }
    if (row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a sheet", e);
      }
    }
  }

  @Override
  public void close() {
    spools.values().forEach(AnnexASpool::close);
  }
}
