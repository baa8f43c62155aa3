-- Graded audits (submitted, moderated or closed) counted by unit and calendar quarter of
-- submission (UK time), by their final grade: the moderator's once moderated, else the auditor's.
-- :level is council, service-area, team or worker; an audit without that unit counts under ''.
with graded as (
  select case :level when 'service-area' then service_area_id
                     when 'team' then team_id
                     when 'worker' then worker_id
                     else 'council' end as unit_id,
         date_trunc('quarter', submitted_at at time zone 'Europe/London')::date as quarter,
         coalesce(moderated_grade, overall_grade) as grade
    from audit
   where state in ('submitted', 'moderated', 'closed')
)
select coalesce(unit_id, '') as unit_id, quarter,
       count(*) as audits,
       count(*) filter (where grade = 'outstanding') as outstanding,
       count(*) filter (where grade = 'good') as good,
       count(*) filter (where grade = 'requires-improvement') as requires_improvement,
       count(*) filter (where grade = 'inadequate') as inadequate
  from graded
 group by 1, 2
 order by 1, 2
