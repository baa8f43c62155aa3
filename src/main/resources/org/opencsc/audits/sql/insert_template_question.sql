insert into audit_template_question (version_id, section_no, question_no, kind, text, guidance)
values (:version_id, :section_no, :question_no, :kind, :text, :guidance)
