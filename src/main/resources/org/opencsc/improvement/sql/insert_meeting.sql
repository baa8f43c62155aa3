insert into improvement_meeting (kind, held_on, title, attendees, decisions, created_by, changed_by)
values (:kind, :held_on, :title, :attendees, :decisions, :by, :by)
returning meeting_id
