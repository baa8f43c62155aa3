-- The auditor's overall answers and the new state (in progress for a draft, submitted).
update audit
   set overall_grade = :overall_grade,
       strengths = :strengths,
       areas_to_improve = :areas_to_improve,
       state = :state,
       submitted_at = case when :state = 'submitted' then now() else submitted_at end
 where audit_id = :audit_id
   and state in ('assigned', 'in-progress')
