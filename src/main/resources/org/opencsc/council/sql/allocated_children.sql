-- The children allocated on :as_at, narrowed to one service area, team or worker when that
-- parameter is given (null = any), and to the children the login's scope may see
-- (org.opencsc.security.Scope). open_as says what the child is open as that day, the first of:
-- CLA (in an episode of care), CP (on a child protection plan), CIN (an open referral),
-- CARE_LEAVER (left care aged 16 or over and not yet 25), else NONE.
with open_allocation as (
  select a.child_id, a.worker_id, a.team_id, a.start_date
    from allocation a
   where a.snapshot_id = :snapshot_id
     and a.start_date <= :as_at
     and (a.end_date is null or a.end_date > :as_at)
)
select c.child_id,
       extract(year from age(:as_at, c.person_birth_date))::int as age,
       c.sex,
       case
         when exists (select 1 from episode_of_care e
                       where e.snapshot_id = c.snapshot_id and e.child_id = c.child_id
                         and e.decom <= :as_at and (e.dec is null or e.dec > :as_at)) then 'CLA'
         when exists (select 1 from cp_plan p
                       where p.snapshot_id = c.snapshot_id and p.child_id = c.child_id
                         and p.cpp_start_date <= :as_at
                         and (p.cpp_end_date is null or p.cpp_end_date > :as_at)) then 'CP'
         when exists (select 1 from referral r
                       where r.snapshot_id = c.snapshot_id and r.child_id = c.child_id
                         and r.cin_referral_date <= :as_at
                         and (r.cin_closure_date is null or r.cin_closure_date > :as_at)) then 'CIN'
         when exists (select 1 from episode_of_care e
                       where e.snapshot_id = c.snapshot_id and e.child_id = c.child_id
                         and e.dec <= :as_at
                         and e.dec >= c.person_birth_date + interval '16 years')
              and :as_at < c.person_birth_date + interval '25 years' then 'CARE_LEAVER'
         else 'NONE'
       end as open_as,
       w.worker_id, w.name as worker_name, t.team_id, t.name as team_name,
       oa.start_date as allocated_since
  from open_allocation oa
  join child c on c.snapshot_id = :snapshot_id and c.child_id = oa.child_id
  join worker w on w.snapshot_id = :snapshot_id and w.worker_id = oa.worker_id
  join team t on t.snapshot_id = :snapshot_id and t.team_id = oa.team_id
 where (cast(:service_area_id as text) is null or t.service_area_id = :service_area_id)
   and (cast(:team_id as text) is null or t.team_id = :team_id)
   and (cast(:worker_id as text) is null or w.worker_id = :worker_id)
   and (:scope_kind = 'all'
        or c.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
 order by c.child_id
