select section_no, question_no, grade, answer from audit_answer where audit_id = :audit_id
