package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An inspection as entered, to add or to replace one. A judgement is only taken for an ILACS (the
 * database refuses one on any other kind); a letter's address must be https.
 */
public record InspectionDraft(
    InspectionKind kind,
    LocalDate inspectedOn,
    String theme,
    @Nullable Judgement judgement,
    @Nullable String letterUrl) {

  public InspectionDraft {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(inspectedOn, "inspectedOn");
    Objects.requireNonNull(theme, "theme");
    if (judgement != null && kind != InspectionKind.ILACS) {
      throw new IllegalArgumentException("only an ILACS has a judgement");
    }
  }
}
