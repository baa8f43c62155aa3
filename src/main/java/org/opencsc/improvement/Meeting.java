package org.opencsc.improvement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A board or committee meeting: when, who came, what it decided.
 *
 * @param actions how many actions name it as the meeting that raised them
 */
public record Meeting(
    long meetingId,
    MeetingKind kind,
    LocalDate heldOn,
    String title,
    String attendees,
    String decisions,
    int actions) {

  public Meeting {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(attendees, "attendees");
    Objects.requireNonNull(decisions, "decisions");
  }
}
