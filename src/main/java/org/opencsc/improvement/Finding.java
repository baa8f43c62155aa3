package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One finding of an inspection, with what the inspection was, so that a list of findings from
 * several inspections (an action's) can say where each came from.
 */
public record Finding(
    long findingId,
    long inspectionId,
    FindingKind kind,
    String text,
    InspectionKind inspectionKind,
    LocalDate inspectedOn,
    String theme) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(inspectionKind, "inspectionKind");
    Objects.requireNonNull(inspectedOn, "inspectedOn");
    Objects.requireNonNull(theme, "theme");
  }
}
