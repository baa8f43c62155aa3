package org.opencsc.indicators.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencsc.indicators.IndicatorValue;

/**
 * Figures written the way the data files' headers work them out: each unit's {@code
 * "numerator/denominator = value"} ({@code "-"} for a value that cannot be worked out), so one
 * assertion compares a whole level with the hand-worked table.
 */
final class Figures {

  private Figures() {}

  static Map<String, String> of(List<IndicatorValue> values) {
    Map<String, String> figures = new TreeMap<>();
    for (IndicatorValue v : values) {
      figures.put(v.unitId(), text(v));
    }
    return figures;
  }

  static Map.Entry<String, String> entry(String unitId, String figure) {
    return Map.entry(unitId, figure);
  }

  private static String text(IndicatorValue v) {
    return plain(v.numerator())
        + "/"
        + plain(v.denominator())
        + " = "
        + (v.value() == null ? "-" : v.value().toPlainString());
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
