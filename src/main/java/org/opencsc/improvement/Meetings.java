package org.opencsc.improvement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement board's and the scrutiny committee's meetings. The actions a meeting raises are
 * plan actions that name it ({@link ActionDraft#meetingId()}), tracked like any other.
 */
@Service
@Transactional
public class Meetings {

  private final JdbcClient jdbc;

  Meetings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every meeting, the latest first. */
  @Transactional(readOnly = true)
  public List<Meeting> meetings() {
    return jdbc.sql(Inspections.sql("meetings")).param("id", null).query(Meetings::meeting).list();
  }

  @Transactional(readOnly = true)
  public Optional<Meeting> meeting(long id) {
    return jdbc.sql(Inspections.sql("meetings"))
        .param("id", id)
        .query(Meetings::meeting)
        .optional();
  }

  /** Adds a meeting; answers its id. */
  public long add(MeetingDraft draft, String by) {
    return jdbc.sql(Inspections.sql("insert_meeting"))
        .param("kind", draft.kind().id())
        .param("held_on", draft.heldOn())
        .param("title", draft.title())
        .param("attendees", draft.attendees())
        .param("decisions", draft.decisions())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** Replaces what a meeting says; false when there is no such meeting. */
  public boolean change(long id, MeetingDraft draft, String by) {
    return jdbc.sql(Inspections.sql("update_meeting"))
            .param("id", id)
            .param("kind", draft.kind().id())
            .param("held_on", draft.heldOn())
            .param("title", draft.title())
            .param("attendees", draft.attendees())
            .param("decisions", draft.decisions())
            .param("by", by)
            .update()
        == 1;
  }

  private static Meeting meeting(ResultSet rs, int n) throws SQLException {
    return new Meeting(
        rs.getLong("meeting_id"),
        MeetingKind.of(rs.getString("kind")),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("title"),
        rs.getString("attendees"),
        rs.getString("decisions"),
        rs.getInt("actions"));
  }
}
