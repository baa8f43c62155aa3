-- Audits with whether the login may open each (visible): every audit for a login that sees all
-- (:scope_kind 'all'), those it audits itself (:username), and for a team manager or head of
-- service those of children in its scope (children_in_scope, the rule of every child-level list).
-- Narrowed to one child (:child_id, '' for any), to the visible ones (:only_visible) and to audits
-- with a grade (:graded_only: submitted, moderated or closed).
with listed as (
  select a.audit_id, a.child_id, a.worker_id, a.team_id, a.service_area_id, a.auditor, a.due_date,
         a.state, a.overall_grade, a.moderated_grade, coalesce(a.moderated_grade, a.overall_grade)
         as final_grade, a.submitted_at, v.name as template_name, v.version, a.strengths,
         a.areas_to_improve,
         coalesce((select string_agg(t.name, '; ' order by t.name)
                     from audit_learning_theme l join audit_theme t using (theme_id)
                    where l.audit_id = a.audit_id), '') as themes,
         (:scope_kind = 'all'
          or a.auditor = :username
          or (:scope_kind in ('team', 'service-area')
              and a.child_id in (select child_id
                                   from children_in_scope(:snapshot_id, :as_at, :scope_kind,
                                                          :scope_unit)))) as visible
    from audit a
    join audit_template_version v using (version_id)
   where (:child_id = '' or a.child_id = :child_id)
     and (not :graded_only or a.state in ('submitted', 'moderated', 'closed'))
)
select *
  from listed
 where visible or not :only_visible
 order by case state when 'assigned' then 1 when 'in-progress' then 2 when 'submitted' then 3
                     when 'moderated' then 4 else 5 end,
          due_date, audit_id
