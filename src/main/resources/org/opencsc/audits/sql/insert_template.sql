insert into audit_template (name) values (:name) returning template_id
