package org.opencsc.improvement.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ImprovementAction;

/** The action form as typed; {@code note} is only on the update form. */
record ActionForm(
    @Nullable String title,
    @Nullable String description,
    @Nullable String owner,
    @Nullable String serviceArea,
    @Nullable String startDate,
    @Nullable String dueDate,
    @Nullable String status,
    @Nullable String rag,
    @Nullable String evidence,
    @Nullable String meeting,
    @Nullable List<String> findings,
    @Nullable List<String> indicators,
    @Nullable String note) {

  static ActionForm raisedBy(@Nullable Long meetingId) {
    return new ActionForm(
        null,
        null,
        null,
        null,
        null,
        null,
        "not_started",
        null,
        null,
        meetingId == null ? null : meetingId.toString(),
        List.of(),
        List.of(),
        null);
  }

  static ActionForm of(ImprovementAction a) {
    return new ActionForm(
        a.title(),
        a.description(),
        a.owner(),
        a.serviceAreaId(),
        a.startDate().toString(),
        a.dueDate().toString(),
        a.status().id(),
        a.rag() == null ? null : a.rag().id(),
        a.evidence(),
        a.meetingId() == null ? null : a.meetingId().toString(),
        a.findingIds().stream().map(String::valueOf).toList(),
        a.indicators(),
        null);
  }

  List<String> findingList() {
    return findings == null ? List.of() : findings;
  }

  List<String> indicatorList() {
    return indicators == null ? List.of() : indicators;
  }
}
