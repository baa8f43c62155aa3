-- Every task open on :as_at (the served snapshot's date, the "today" of the data) for the children
-- allocated that day to one worker (:worker_id) or one team (:team_id; the other null), of those
-- the login's scope may see, and the supervision of that worker or of the team's workers. One row
-- per task: its next due date and the date that due date runs from (basis_date, with basis saying
-- what it is); TaskService sorts them by urgency. The due dates are the indicators' own
-- (indicators/definitions/<file>.sql, named at each part), so that a task list and an indicator
-- never disagree; docs/tasks.md gives the rules and their sources.
with allocated as (
  -- a child is the worker's (team's) when an allocation is open that day, as on the council pages
  select a.child_id, a.worker_id, a.team_id
    from allocation a
   where a.snapshot_id = :snapshot_id
     and a.start_date <= :as_at
     and (a.end_date is null or a.end_date > :as_at)
     and (cast(:worker_id as text) is null or a.worker_id = :worker_id)
     and (cast(:team_id as text) is null or a.team_id = :team_id)
     and (:scope_kind = 'all'
          or a.child_id in (select child_id
                              from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
),
-- the episodes of care of those children, in date order, short breaks (V3, V4) left out: as in
-- cla_statutory_visits_on_time.sql and cla_reviews_on_time.sql
episode as (
  select e.child_id, e.episode_id, e.decom, e.dec, e.rne,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
    from episode_of_care e
   where e.snapshot_id = :snapshot_id
     and e.ls not in ('V3', 'V4')
     and e.child_id in (select child_id from allocated)
),
-- placement_start: the current placement's first day (cla_statutory_visits_on_time.sql: an
-- episode whose RNE is not L, or one after a gap); care_start: the current period of care's first
-- day (cla_reviews_on_time.sql: RNE S, or after a gap)
placed as (
  select e.*,
         max(case when e.rne <> 'L' or e.previous_dec is distinct from e.decom then e.decom end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as placement_start,
         max(case when e.rne = 'S' or e.previous_dec is distinct from e.decom then e.decom end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as care_start
    from episode e
),
-- looked after that day and under 18, as both CLA indicators count them
looked_after as (
  select p.child_id, p.placement_start, p.care_start
    from placed p
    join child ch on ch.snapshot_id = :snapshot_id and ch.child_id = p.child_id
   where p.decom <= :as_at
     and (p.dec is null or p.dec > :as_at)
     and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
         > :as_at
),
-- statutory visit (cla_statutory_visits_on_time.sql): 7 days after the placement began when the
-- child has not been seen since, else 42 days (six weeks) after the last visit the child was seen
cla_visit_task as (
  select l.child_id,
         case when v.last_visit is null then l.placement_start + 7 else v.last_visit + 42 end
           as due_date,
         case when v.last_visit is null then 'placement-start' else 'last-visit' end as basis,
         coalesce(v.last_visit, l.placement_start) as basis_date
    from looked_after l
    left join (
      select cv.child_id, max(cv.visit_date) as last_visit
        from cla_visit cv
        join looked_after la on la.child_id = cv.child_id
       where cv.snapshot_id = :snapshot_id
         and cv.seen
         and cv.visit_date between la.placement_start and :as_at
       group by cv.child_id
    ) v on v.child_id = l.child_id
),
-- statutory review (cla_reviews_on_time.sql): the 1st by the 20th working day after care began,
-- the 2nd 3 months after the 1st, each later one 6 months after the one before
cla_review_task as (
  select l.child_id,
         case
           when r.held is null then add_working_days(l.care_start, 20)
           when r.held = 1 then (r.last_review + interval '3 months')::date
           else (r.last_review + interval '6 months')::date
         end as due_date,
         case
           when r.held is null then 'care-start'
           when r.held = 1 then 'first-review'
           else 'last-review'
         end as basis,
         coalesce(r.last_review, l.care_start) as basis_date
    from looked_after l
    left join (
      select cr.child_id, count(*) as held, max(cr.review) as last_review
        from cla_review cr
        join looked_after la on la.child_id = cr.child_id
       where cr.snapshot_id = :snapshot_id
         and cr.review between la.care_start and :as_at
       group by cr.child_id
    ) r on r.child_id = l.child_id
),
-- the child protection plans open that day
cp_open as (
  select p.child_id, p.cp_plan_id, p.cpp_start_date
    from cp_plan p
   where p.snapshot_id = :snapshot_id
     and p.child_id in (select child_id from allocated)
     and p.cpp_start_date <= :as_at
     and (p.cpp_end_date is null or p.cpp_end_date > :as_at)
),
-- child protection visit (cp_visits_within_10_working_days.sql): :cp_visit_working_days working
-- days after the last visit of the plan where the child was seen, or after the plan began
cp_visit_task as (
  select p.child_id,
         add_working_days(coalesce(v.last_seen, p.cpp_start_date), :cp_visit_working_days)
           as due_date,
         case when v.last_seen is null then 'plan-start' else 'last-visit' end as basis,
         coalesce(v.last_seen, p.cpp_start_date) as basis_date
    from cp_open p
    left join (
      select cv.cp_plan_id, max(cv.visit_date) as last_seen
        from cp_visit cv
        join cp_open op on op.cp_plan_id = cv.cp_plan_id
       where cv.snapshot_id = :snapshot_id
         and cv.seen
         and cv.visit_date between op.cpp_start_date and :as_at
       group by cv.cp_plan_id
    ) v on v.cp_plan_id = p.cp_plan_id
),
-- review conference (cp_reviews_on_time.sql): 3 months after the plan began (the initial
-- conference), then 6 months after the last review held
cp_review_task as (
  select p.child_id,
         coalesce((r.last_review + interval '6 months')::date,
                  (p.cpp_start_date + interval '3 months')::date) as due_date,
         case when r.last_review is null then 'plan-start' else 'last-review' end as basis,
         coalesce(r.last_review, p.cpp_start_date) as basis_date
    from cp_open p
    left join (
      select cr.cp_plan_id, max(cr.cpp_review_date) as last_review
        from cp_review cr
        join cp_open op on op.cp_plan_id = cr.cp_plan_id
       where cr.snapshot_id = :snapshot_id
         and cr.cpp_review_date between op.cpp_start_date and :as_at
       group by cr.cp_plan_id
    ) r on r.cp_plan_id = p.cp_plan_id
),
-- assessment (assessments_within_45_working_days.sql): started, not authorised by that day, on a
-- referral still open; due by the 45th working day after its start
assessment_task as (
  select a.child_id,
         add_working_days(a.assessment_actual_start_date, 45) as due_date,
         'assessment-start' as basis,
         a.assessment_actual_start_date as basis_date
    from assessment a
    join referral r on r.snapshot_id = :snapshot_id and r.referral_id = a.referral_id
   where a.snapshot_id = :snapshot_id
     and a.child_id in (select child_id from allocated)
     and a.assessment_actual_start_date <= :as_at
     and (a.assessment_authorisation_date is null or a.assessment_authorisation_date > :as_at)
     and (r.cin_closure_date is null or r.cin_closure_date > :as_at)
),
child_task as (
  select 'CLA_VISIT' as kind, t.* from cla_visit_task t
  union all
  select 'CP_VISIT', t.* from cp_visit_task t
  union all
  select 'CLA_REVIEW', t.* from cla_review_task t
  union all
  select 'CP_REVIEW', t.* from cp_review_task t
  union all
  select 'ASSESSMENT', t.* from assessment_task t
),
-- the workers whose supervision is listed: the worker, or the team's members that day; in post
-- and case-holding or holding a child, as supervisions_on_time.sql counts them. Within the scope
-- too: a worker's own, a team's or service area's members that day, none for a login that sees no
-- child.
supervised as (
  select w.worker_id, w.name, w.role_start_date
    from worker w
   where w.snapshot_id = :snapshot_id
     and w.role_start_date <= :as_at
     and (w.role_end_date is null or w.role_end_date >= :as_at)
     and (w.case_holding
          or exists (select 1 from allocation ha
                      where ha.snapshot_id = :snapshot_id and ha.worker_id = w.worker_id
                        and ha.start_date <= :as_at
                        and (ha.end_date is null or ha.end_date > :as_at)))
     and (w.worker_id = :worker_id
          or w.worker_id in (select wt.worker_id
                               from worker_team wt
                              where wt.snapshot_id = :snapshot_id
                                and wt.team_id = :team_id
                                and wt.start_date <= :as_at
                                and (wt.end_date is null or wt.end_date > :as_at)))
     and (:scope_kind = 'all'
          or (:scope_kind = 'worker' and w.worker_id = :scope_unit)
          or exists (select 1
                       from worker_team st
                       join team stt on stt.snapshot_id = st.snapshot_id and stt.team_id = st.team_id
                      where st.snapshot_id = :snapshot_id
                        and st.worker_id = w.worker_id
                        and st.start_date <= :as_at
                        and (st.end_date is null or st.end_date > :as_at)
                        and ((:scope_kind = 'team' and st.team_id = :scope_unit)
                             or (:scope_kind = 'service-area'
                                 and stt.service_area_id = :scope_unit))))
),
-- supervision (supervisions_on_time.sql): :supervision_working_days working days after the last
-- supervision up to that day; a worker never supervised was due from the day they started
supervision_task as (
  select s.worker_id, s.name,
         coalesce(add_working_days(l.last_supervision, :supervision_working_days),
                  s.role_start_date) as due_date,
         case when l.last_supervision is null then 'role-start' else 'last-supervision' end
           as basis,
         coalesce(l.last_supervision, s.role_start_date) as basis_date
    from supervised s
    left join (
      select sv.worker_id, max(sv.supervision_date) as last_supervision
        from supervision sv
       where sv.snapshot_id = :snapshot_id
         and sv.worker_id in (select worker_id from supervised)
         and sv.supervision_date <= :as_at
       group by sv.worker_id
    ) l on l.worker_id = s.worker_id
)
select t.kind, t.child_id, al.worker_id, w.name as worker_name,
       t.due_date, t.basis, t.basis_date
  from child_task t
  join allocated al on al.child_id = t.child_id
  join worker w on w.snapshot_id = :snapshot_id and w.worker_id = al.worker_id
union all
select 'SUPERVISION', null, s.worker_id, s.name, s.due_date, s.basis, s.basis_date
  from supervision_task s
