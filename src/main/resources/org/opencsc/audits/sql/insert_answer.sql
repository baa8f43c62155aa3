insert into audit_answer (audit_id, section_no, question_no, grade, answer)
values (:audit_id, :section_no, :question_no, :grade, :answer)
