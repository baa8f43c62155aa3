package org.opencsc.improvement.web;

import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.Meeting;

/** The meeting form as typed. */
record MeetingForm(
    @Nullable String kind,
    @Nullable String heldOn,
    @Nullable String title,
    @Nullable String attendees,
    @Nullable String decisions) {

  static MeetingForm empty() {
    return new MeetingForm(null, null, null, null, null);
  }

  static MeetingForm of(Meeting m) {
    return new MeetingForm(
        m.kind().id(), m.heldOn().toString(), m.title(), m.attendees(), m.decisions());
  }
}
