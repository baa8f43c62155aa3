package org.opencsc.ingest.internal.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.AsciiDigits;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;

/**
 * Reads the text of one SSDA903 field into the value staged for it, or says which rule it breaks.
 *
 * <p>Dates are {@code dd/mm/yyyy}, the only form the DfE's SSDA903 technical specification gives
 * for CSV files; a day or month of one digit ({@code 1/4/2025}) is read too, as the DfE's own 903
 * validator reads it (Python's {@code %d/%m/%Y}). Anything else (a two-digit year, {@code
 * 2025-04-01}, a time after the date) and impossible dates ({@code 31/02/2025}) break {@code
 * DATE_FORMAT}. DATE_PERM may have ZZ for an unknown day or month and ZZZZ for an unknown year (DfE
 * rule 632); such a date is staged blank, since only a whole date can be stored.
 */
final class FieldValues {

  private static final Pattern PARTIAL_DATE =
      Pattern.compile("(\\d{1,2}|ZZ)/(\\d{1,2}|ZZ)/(\\d{4}|ZZZZ)", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPN = Pattern.compile("(?![IOS])[A-Z](\\d{12}|\\d{11}[A-Z])");
  private static final Pattern UPN_UNKNOWN = Pattern.compile("UN[1-5]");
  private static final Pattern SDQ_SCORE = Pattern.compile("\\d{1,2}");

  private final CodeLists codes;
  private final CollectionYear year;

  FieldValues(CodeLists codes, CollectionYear year) {
    this.codes = codes;
    this.year = year;
  }

  /** A field's text that cannot be used: the rule it breaks and why. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final String rule;

    Invalid(String rule, String message) {
      super(message, null, false, false);
      this.rule = rule;
    }

    String rule() {
      return rule;
    }
  }

  /**
   * The value to stage for a field's trimmed, non-blank text: a {@link String} or a {@link
   * LocalDate}, or null for a partly unknown DATE_PERM.
   */
  @Nullable Object read(Column column, String text) throws Invalid {
    return switch (column.kind()) {
      case CHILD -> text.toUpperCase(Locale.ROOT);
      case TEXT -> text;
      case CODE -> code(column.name(), text);
      case SEX -> sex(text);
      case UPN -> upn(text);
      case DATE -> date(column.name(), text);
      case PARTIAL_DATE -> partialDate(column.name(), text);
      case SDQ_SCORE -> sdqScore(text);
    };
  }

  private String code(String field, String text) throws Invalid {
    String code = text.toUpperCase(Locale.ROOT);
    if (!codes.allows(field, code)) {
      throw new Invalid(
          "UNKNOWN_CODE",
          String.format(
              "%s is not a %s code in %s (allowed: %s)",
              text, field, year, String.join(" ", new TreeSet<>(codes.codes(field)))));
    }
    return code;
  }

  /** SEX: M, F or U; the 1 (male) and 2 (female) of returns before 2025-26 become M and F. */
  private String sex(String text) throws Invalid {
    String code = code("SEX", text);
    return switch (code) {
      case "1" -> "M";
      case "2" -> "F";
      default -> code;
    };
  }

  private String upn(String text) throws Invalid {
    String upn = text.toUpperCase(Locale.ROOT);
    if (!UPN.matcher(upn).matches() && !UPN_UNKNOWN.matcher(upn).matches()) {
      throw new Invalid(
          "UPN_FORMAT",
          text
              + " is not a unique pupil number (a letter other than I, O or S, then 12 digits or"
              + " 11 digits and a letter) nor UN1 to UN5 (DfE rule 168)");
    }
    return upn;
  }

  /**
   * {@code d/m/yyyy} or {@code dd/mm/yyyy}, ASCII digits only. Read by hand rather than with a
   * pattern: every date of every table passes here, and the compiled pattern made this the
   * costliest method of a cold import for the JIT compiler.
   */
  private LocalDate date(String field, String text) throws Invalid {
    int first = text.indexOf('/');
    int second = text.indexOf('/', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3) {
      throw notADate(field, text);
    }
    int day = AsciiDigits.value(text, 0, first);
    int month = AsciiDigits.value(text, first + 1, second);
    int yearPart =
        text.length() - second == 5 ? AsciiDigits.value(text, second + 1, text.length()) : -1;
    if (day < 0 || month < 0 || yearPart < 0) {
      throw notADate(field, text);
    }
    return realDate(field, text, day, month, yearPart);
  }

  private @Nullable LocalDate partialDate(String field, String text) throws Invalid {
    Matcher m = PARTIAL_DATE.matcher(text);
    if (!m.matches()) {
      throw notADate(field, text);
    }
    String day = m.group(1).toUpperCase(Locale.ROOT);
    String month = m.group(2).toUpperCase(Locale.ROOT);
    String yearPart = m.group(3).toUpperCase(Locale.ROOT);
    if (day.startsWith("Z") || month.startsWith("Z") || yearPart.startsWith("Z")) {
      // a partly unknown date: check the parts that are known, stage no date
      realDate(
          field,
          text,
          day.startsWith("Z") ? "1" : day,
          month.startsWith("Z") ? "1" : month,
          yearPart.startsWith("Z") ? "2000" : yearPart);
      return null;
    }
    return realDate(field, text, day, month, yearPart);
  }

  private static LocalDate realDate(
      String field, String text, String day, String month, String yearPart) throws Invalid {
    return realDate(
        field, text, Integer.parseInt(day), Integer.parseInt(month), Integer.parseInt(yearPart));
  }

  private static LocalDate realDate(String field, String text, int day, int month, int yearPart)
      throws Invalid {
    try {
      return LocalDate.of(yearPart, month, day);
    } catch (DateTimeException e) {
      throw new Invalid("DATE_FORMAT", field + " " + text + " is not a real date");
    }
  }

  private static Invalid notADate(String field, String text) {
    return new Invalid("DATE_FORMAT", field + " " + text + " is not a date in the form dd/mm/yyyy");
  }

  private static String sdqScore(String text) throws Invalid {
    if (!SDQ_SCORE.matcher(text).matches() || Integer.parseInt(text) > 40) {
      throw new Invalid(
          "SDQ_SCORE", text + " is not an SDQ score, a whole number from 0 to 40 (DfE rule 180)");
    }
    return Integer.toString(Integer.parseInt(text));
  }
}
