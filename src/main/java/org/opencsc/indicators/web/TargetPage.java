package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Target;
import org.opencsc.indicators.TargetChange;
import org.opencsc.web.Breadcrumb;

/** What the target pages show, as text: numbers without trailing zeros, times in UK time. */
final class TargetPage {

  /** The time zone the pages show times in. */
  static final ZoneId TIME_ZONE = ZoneId.of("Europe/London");

  static final Breadcrumb TARGETS = Breadcrumb.message("targets.title", "/indicators/targets");

  private TargetPage() {}

  /** One indicator on the targets page; target, tolerance and change null when none is set. */
  record Row(
      String id,
      String title,
      String unit,
      String polarity,
      @Nullable String target,
      @Nullable String tolerance,
      @Nullable LocalDateTime changedAt,
      @Nullable String changedBy) {

    static Row of(Indicator indicator, @Nullable Target target) {
      return new Row(
          indicator.id(),
          indicator.title(),
          indicator.unit().id(),
          indicator.polarity().id(),
          target == null ? null : number(target.target()),
          target == null ? null : number(target.amberTolerance()),
          target == null ? null : local(target.changedAt()),
          target == null ? null : target.changedBy());
    }
  }

  /** One change in a target's history; the old values null for the first target set. */
  record Change(
      LocalDateTime changedAt,
      String changedBy,
      @Nullable String oldTarget,
      String newTarget,
      @Nullable String oldTolerance,
      String newTolerance,
      String reason) {

    static Change of(TargetChange change) {
      return new Change(
          local(change.changedAt()),
          change.changedBy(),
          change.oldTarget() == null ? null : number(change.oldTarget()),
          number(change.newTarget()),
          change.oldAmberTolerance() == null ? null : number(change.oldAmberTolerance()),
          number(change.newAmberTolerance()),
          change.reason());
    }
  }

  /** 85, 85.5, 1000: as typed, without trailing zeros or an exponent. */
  static String number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  static LocalDateTime local(OffsetDateTime time) {
    return time.atZoneSameInstant(TIME_ZONE).toLocalDateTime();
  }
}
