-- The meetings (one when :id is given), the latest first, with how many actions each raised.
select m.meeting_id, m.kind, m.held_on, m.title, m.attendees, m.decisions,
       (select count(*) from improvement_action a where a.meeting_id = m.meeting_id) as actions
  from improvement_meeting m
 where cast(:id as bigint) is null or m.meeting_id = :id
 order by m.held_on desc, m.meeting_id desc
