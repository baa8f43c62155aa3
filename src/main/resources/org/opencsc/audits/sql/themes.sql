select theme_id, name from audit_theme order by name
