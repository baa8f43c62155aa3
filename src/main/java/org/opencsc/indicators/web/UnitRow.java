package org.opencsc.indicators.web;

import java.nio.charset.StandardCharsets;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Side;
import org.springframework.web.util.UriUtils;

/**
 * One unit's line in an indicator's breakdown, with the addresses of its page and of the rows
 * behind its numerator and denominator.
 */
record UnitRow(IndicatorValue figure, String value, String numerator, String denominator) {

  static UnitRow of(Indicator indicator, IndicatorValue figure) {
    return new UnitRow(
        figure,
        Figures.value(figure.value(), indicator.unit()),
        Figures.amount(figure.numerator()),
        Figures.amount(figure.denominator()));
  }

  /** {@code /indicators/{id}/units/{level}/{unit}}. */
  public String href() {
    return "/indicators/"
        + segment(figure.indicator())
        + "/units/"
        + figure.level()
        + "/"
        + segment(figure.unitId());
  }

  /** {@code /indicators/{id}/rows/{level}/{unit}/{side}}. */
  public String rowsHref(String side) {
    return rowsHref(figure.indicator(), figure.level(), figure.unitId(), Side.of(side));
  }

  static String rowsHref(String indicator, String level, String unitId, Side side) {
    return "/indicators/"
        + segment(indicator)
        + "/rows/"
        + level
        + "/"
        + segment(unitId)
        + "/"
        + side.id();
  }

  static String segment(String id) {
    return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
