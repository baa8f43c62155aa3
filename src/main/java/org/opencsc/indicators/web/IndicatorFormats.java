package org.opencsc.indicators.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Rag;
import org.opencsc.indicators.UnitOfMeasure;
import org.springframework.stereotype.Component;

/** {@link Figures} for the templates: {@code ${@indicatorFormats.value(v, 'percent')}}. */
@Component("indicatorFormats")
public class IndicatorFormats {

  public String value(@Nullable BigDecimal value, String unit) {
    return Figures.value(value, UnitOfMeasure.of(unit));
  }

  public String value(@Nullable BigDecimal value, UnitOfMeasure unit) {
    return Figures.value(value, unit);
  }

  public String amount(BigDecimal amount) {
    return Figures.amount(amount);
  }

  /** A benchmark difference with its sign; empty when there is none. */
  public String signed(@Nullable BigDecimal difference, UnitOfMeasure unit) {
    return difference == null ? "" : Figures.signed(difference, unit);
  }

  /** The GOV.UK tag colour of a RAG: green, orange for amber, red, grey for none. */
  public static String ragClass(Rag rag) {
    return switch (rag) {
      case GREEN -> "govuk-tag--green";
      case AMBER -> "govuk-tag--orange";
      case RED -> "govuk-tag--red";
      case NONE -> "govuk-tag--grey";
    };
  }
}
