update audit
   set moderated_grade = :moderated_grade,
       moderation_reason = :reason,
       moderator = :moderator,
       state = 'moderated'
 where audit_id = :audit_id
   and state = 'submitted'
