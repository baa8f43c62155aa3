package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.Objects;

/** A meeting as entered, to add or to replace one. */
public record MeetingDraft(
    MeetingKind kind, LocalDate heldOn, String title, String attendees, String decisions) {

  public MeetingDraft {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(attendees, "attendees");
    Objects.requireNonNull(decisions, "decisions");
  }
}
