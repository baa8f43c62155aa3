insert into audit_template_section (version_id, section_no, title)
values (:version_id, :section_no, :title)
