package org.opencsc.improvement.web;

import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.Inspection;

/** The inspection form as typed (kept as typed when it is shown again with its errors). */
record InspectionForm(
    @Nullable String kind,
    @Nullable String inspectedOn,
    @Nullable String theme,
    @Nullable String judgement,
    @Nullable String letterUrl) {

  static InspectionForm empty() {
    return new InspectionForm(null, null, null, null, null);
  }

  static InspectionForm of(Inspection i) {
    return new InspectionForm(
        i.kind().id(),
        i.inspectedOn().toString(),
        i.theme(),
        i.judgement() == null ? null : i.judgement().id(),
        i.letterUrl());
  }
}
