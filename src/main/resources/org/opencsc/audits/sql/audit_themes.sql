select t.theme_id, t.name
  from audit_learning_theme l
  join audit_theme t using (theme_id)
 where l.audit_id = :audit_id
 order by t.name
