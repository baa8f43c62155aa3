select from_state, to_state, by_username, at
  from audit_transition
 where audit_id = :audit_id
 order by transition_id
