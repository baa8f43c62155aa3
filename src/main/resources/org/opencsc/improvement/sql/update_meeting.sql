update improvement_meeting
   set kind = :kind, held_on = :held_on, title = :title, attendees = :attendees,
       decisions = :decisions, changed_by = :by, changed_at = now()
 where meeting_id = :id
