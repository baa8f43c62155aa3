delete from audit_answer where audit_id = :audit_id
