package org.opencsc.ingest.internal.ssda903;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.SourceFile;

/**
 * The checks of one data row of an SSDA903 table that need no other row: the number of fields,
 * blanks in {@link Column.Need#REQUIRED} (error) and {@link Column.Need#EXPECTED} (query) columns,
 * each value ({@link FieldValues}), end dates not before start dates, and DEC and REC given
 * together. A row with an error is not staged; its queries are reported only when it is.
 */
final class RowCheck {

  /** The row's values to stage (null when it is kept out) and what was found. */
  record Result(@Nullable Object @Nullable [] staged, List<Finding> findings) {}

  private final SourceFile file;
  private final Ssda903Table table;
  private final FieldValues values;
  private final int[] positions;
  private final int width;

  /**
   * @param positions where each of the table's columns is in the row
   * @param width the header's number of fields
   */
  RowCheck(SourceFile file, Ssda903Table table, FieldValues values, int[] positions, int width) {
    this.file = file;
    this.table = table;
    this.values = values;
    this.positions = positions.clone();
    this.width = width;
  }

  Result check(CsvRecord record, long row) {
    String child = text(record, 0).toUpperCase(Locale.ROOT);
    List<Finding> errors = new ArrayList<>(0);
    List<Finding> queries = new ArrayList<>(0);
    Optional<Finding> shape = fieldCount(record, row, child);
    if (shape.isPresent()) {
      return new Result(null, List.of(shape.get()));
    }
    @Nullable Object[] staged = new Object[2 + positions.length];
    staged[0] = file.name();
    staged[1] = row;
    for (int i = 0; i < positions.length; i++) {
      Column column = table.columns().get(i);
      String text = text(record, i);
      if (text.isEmpty()) {
        blank(column, row, child, errors, queries);
        continue;
      }
      try {
        staged[2 + i] = values.read(column, text);
      } catch (FieldValues.Invalid e) {
        errors.add(error(row, child, column.name(), text, e.rule(), e.getMessage()));
      }
    }
    if (errors.isEmpty()) {
      endsAfterStarts(record, row, child, staged, errors);
      givenTogether(row, child, staged, errors);
    }
    return errors.isEmpty() ? new Result(staged, queries) : new Result(null, errors);
  }

  private void blank(
      Column column, long row, String child, List<Finding> errors, List<Finding> queries) {
    switch (column.need()) {
      case REQUIRED ->
          errors.add(
              error(
                  row,
                  child,
                  column.name(),
                  "",
                  "MANDATORY_FIELD",
                  column.name() + " is blank: an " + table.label() + " row needs it"));
      case EXPECTED ->
          queries.add(
              new Finding(
                  file.name(),
                  row,
                  child,
                  column.name(),
                  "",
                  "EXPECTED_FIELD",
                  Severity.QUERY,
                  column.name()
                      + " is blank, which the DfE return does not allow"
                      + (column.dfeRule() == null ? "" : " (DfE rule " + column.dfeRule() + ")")
                      + "; the row was loaded without it"));
      case OPTIONAL -> {}
    }
  }

  private void endsAfterStarts(
      CsvRecord record, long row, String child, @Nullable Object[] staged, List<Finding> errors) {
    for (List<String> pair : table.startAndEnd()) {
      int start = index(pair.get(0));
      int end = index(pair.get(1));
      if (staged[2 + start] instanceof LocalDate from
          && staged[2 + end] instanceof LocalDate to
          && to.isBefore(from)) {
        errors.add(
            error(
                row,
                child,
                pair.get(1),
                text(record, end),
                "END_BEFORE_START",
                String.format(
                    "%s %s is before %s %s",
                    pair.get(1), text(record, end), pair.get(0), text(record, start))));
      }
    }
  }

  /** Episodes: DEC and REC are both given or both blank (DfE rule 148; the database insists). */
  private void givenTogether(
      long row, String child, @Nullable Object[] staged, List<Finding> errors) {
    if (table != Ssda903Table.EPISODES) {
      return;
    }
    boolean dec = staged[2 + index("DEC")] != null;
    boolean rec = staged[2 + index("REC")] != null;
    if (dec != rec) {
      errors.add(
          error(
              row,
              child,
              dec ? "REC" : "DEC",
              "",
              "DEC_AND_REC",
              "DEC and REC are given together or not at all (DfE rule 148): this row has "
                  + (dec ? "DEC but no REC" : "REC but no DEC")));
    }
  }

  private int index(String column) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(column + " is not a column of " + table.label());
  }

  /** The trimmed text of the table's column {@code i}; empty when the row is too short. */
  private String text(CsvRecord record, int i) {
    int at = positions[i];
    return at < record.getFieldCount() ? record.getField(at).strip() : "";
  }

  /** An error when the row has fewer fields than the header, or more that are not blank. */
  private Optional<Finding> fieldCount(CsvRecord record, long row, String child) {
    int fields = record.getFieldCount();
    boolean tooFew = fields < width;
    if (!tooFew && record.getFields().subList(width, fields).stream().allMatch(String::isBlank)) {
      return Optional.empty();
    }
    return Optional.of(
        error(
            row,
            child,
            null,
            null,
            tooFew ? "TOO_FEW_FIELDS" : "TOO_MANY_FIELDS",
            String.format(
                "the row has %d fields where the header row has %d: %s",
                fields,
                width,
                tooFew ? "is the line cut short?" : "is there an unquoted comma in a value?")));
  }

  private Finding error(
      long row,
      String child,
      @Nullable String field,
      @Nullable String value,
      String rule,
      String message) {
    return new Finding(
        file.name(),
        row,
        child.isEmpty() ? null : child,
        field,
        value,
        rule,
        Severity.ERROR,
        message);
  }
}
