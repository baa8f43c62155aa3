delete from audit_learning_theme where audit_id = :audit_id
