update audit set state = 'closed' where audit_id = :audit_id and state = 'moderated'
