-- The sections and questions of one template version, in order.
select s.section_no, s.title, q.question_no, q.kind, q.text, q.guidance
  from audit_template_section s
  join audit_template_question q on q.version_id = s.version_id and q.section_no = s.section_no
 where s.version_id = :version_id
 order by s.section_no, q.question_no
