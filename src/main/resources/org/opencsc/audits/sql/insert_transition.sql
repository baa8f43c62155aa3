insert into audit_transition (audit_id, from_state, to_state, by_username)
values (:audit_id, :from_state, :to_state, :by_username)
