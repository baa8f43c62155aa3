package org.opencsc.ingest.internal.annexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.jspecify.annotations.Nullable;

/**
 * How Annex A cells are read: text as written, dates as Excel dates (serial numbers) or as text in
 * the template's formats ({@code dd/mm/yyyy}, {@code yyyy-mm-dd}), whole numbers; and what is
 * refused outright — a formula, or text that a spreadsheet would take for one.
 */
final class Cells {

  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern UK_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

  /** A signed number (also digits in groups, as a telephone number is written): not a formula. */
  private static final Pattern SIGNED = Pattern.compile("[+-]\\s*[0-9][0-9 ]*(\\.[0-9]+)?");

  /** Excel's day 0 in the 1900 date system (serials from 61 on; 1 March 1900). */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  /** Serial numbers Excel can show as dates: 1 March 1900 to 31 December 9999. */
  private static final long FIRST_SERIAL = 61;

  private static final long LAST_SERIAL = 2_958_465;

  private Cells() {}

  /**
   * Why the cell must not be read, or null: a formula, or text starting with {@code =}, or with
   * {@code +}, {@code -} or {@code @} unless the whole text is a signed number (a negative number
   * is a value; {@code -2+3} or {@code @SUM(A1)} is a formula).
   */
  static @Nullable String formula(Cell cell) {
    if (cell.getType() == CellType.FORMULA) {
      return "a formula (" + cell.getFormula() + ")";
    }
    if (cell.getType() != CellType.STRING) {
      return null;
    }
    String text = cell.getText().strip();
    if (text.startsWith("=")) {
      return "text that starts with '=' (a formula in a spreadsheet)";
    }
    if (!text.isEmpty() && "+-@".indexOf(text.charAt(0)) >= 0 && !SIGNED.matcher(text).matches()) {
      return "text that starts with '" + text.charAt(0) + "' (a formula in a spreadsheet)";
    }
    return null;
  }

  /** The cell as text (a number as Excel stored it), trimmed; null when blank. */
  static @Nullable String text(@Nullable Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    String text = cell.getType() == CellType.NUMBER ? plain(cell.getRawValue()) : cell.getText();
    text = text == null ? "" : text.strip();
    return text.isEmpty() ? null : text;
  }

  /** A date cell; null when it is not one (the caller reports it). */
  static @Nullable LocalDate date(Cell cell, boolean date1904) {
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal serial = new BigDecimal(cell.getRawValue());
      long days = serial.longValue();
      if (serial.signum() < 0 || days < (date1904 ? 0 : FIRST_SERIAL) || days > LAST_SERIAL) {
        return null;
      }
      return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days);
    }
    String text = text(cell);
    if (text == null) {
      return null;
    }
    try {
      if (UK_DATE.matcher(text).matches()) {
        return LocalDate.parse(text, UK);
      }
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** A whole number; null when it is not one. */
  static @Nullable Integer number(Cell cell) {
    String text = text(cell);
    if (text == null) {
      return null;
    }
    if (cell.getType() == CellType.NUMBER) {
      BigDecimal value = new BigDecimal(cell.getRawValue());
      return value.stripTrailingZeros().scale() <= 0 && value.abs().intValue() < 1_000_000_000
          ? value.intValueExact()
          : null;
    }
    return WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
  }

  private static @Nullable String plain(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return new BigDecimal(raw).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }
}
