package org.opencsc.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One inspection or visit in the register.
 *
 * @param theme what it looked at ("Front Door: MASH, Duty and EDT"); empty when none was given
 * @param judgement the ILACS overall judgement; null for visits, JTAIs and when none was given
 * @param letterUrl the published letter (https); null until published
 * @param findings how many findings it has
 */
public record Inspection(
    long inspectionId,
    InspectionKind kind,
    LocalDate inspectedOn,
    String theme,
    @Nullable Judgement judgement,
    @Nullable String letterUrl,
    int findings,
    String changedBy,
    OffsetDateTime changedAt) {

  public Inspection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(inspectedOn, "inspectedOn");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
