-- What one audit found, without the child: its state, final grade and learning themes (by name).
select a.state, coalesce(a.moderated_grade, a.overall_grade) as final_grade,
       array(select t.name from audit_learning_theme l join audit_theme t using (theme_id)
              where l.audit_id = a.audit_id order by t.name) as themes
  from audit a
 where a.audit_id = :audit_id
