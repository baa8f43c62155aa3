-- How many graded audits were tagged with each learning theme (themes never used count 0).
select t.name,
       count(a.audit_id) as audits
  from audit_theme t
  left join audit_learning_theme l on l.theme_id = t.theme_id
  left join audit a on a.audit_id = l.audit_id and a.state in ('submitted', 'moderated', 'closed')
 group by t.theme_id, t.name
 order by count(a.audit_id) desc, t.name
