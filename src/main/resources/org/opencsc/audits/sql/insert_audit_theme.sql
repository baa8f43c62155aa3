insert into audit_learning_theme (audit_id, theme_id)
select :audit_id, theme_id from audit_theme where theme_id = :theme_id
