package org.opencsc.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the pages write a figure: a percentage to one decimal place with its sign ({@code 22.6%}), a
 * count as a whole number with thousands separators, a rate or a mean to one decimal place. The
 * engine keeps four decimal places; a page rounds only what it shows (downloads keep them all).
 */
public final class Figures {

  private Figures() {}

  /** The value as a page shows it; empty when there is none. */
  public static String value(@Nullable BigDecimal value, UnitOfMeasure unit) {
    if (value == null) {
      return "";
    }
    return switch (unit) {
      case PERCENT -> oneDecimal(value) + "%";
      case COUNT -> whole(value);
      case RATE_PER_10000, MEAN -> oneDecimal(value);
    };
  }

  /** A difference with its sign ({@code +1.5}, {@code -3}, {@code 0}), in the unit's precision. */
  public static String signed(BigDecimal difference, UnitOfMeasure unit) {
    String text =
        unit == UnitOfMeasure.COUNT ? whole(difference.abs()) : oneDecimal(difference.abs());
    int sign =
        difference.setScale(unit == UnitOfMeasure.COUNT ? 0 : 1, RoundingMode.HALF_UP).signum();
    return (sign > 0 ? "+" : sign < 0 ? "-" : "") + text;
  }

  /** A numerator or denominator: whole numbers as such, a sum of FTEs to two decimal places. */
  public static String amount(BigDecimal amount) {
    return format("#,##0.##", amount);
  }

  private static String whole(BigDecimal value) {
    return format("#,##0", value);
  }

  private static String oneDecimal(BigDecimal value) {
    return format("#,##0.0", value);
  }

  private static String format(String pattern, BigDecimal value) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }
}
