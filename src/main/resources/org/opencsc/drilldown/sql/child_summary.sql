-- One child on the snapshot's date, if the login's scope (org.opencsc.security.Scope) may see them:
-- age in whole years (null before birth), sex, what they are open as, their allocated worker and
-- team that day, and the legal status and placement of the episode of care they are in that day.
-- open_as is the first of CLA, CP, CIN, CARE_LEAVER, NONE, worked out exactly as the council's
-- children lists do (org/opencsc/council/sql/allocated_children.sql), so the two pages agree.
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
       oa.start_date as allocated_since,
       e.ls as legal_status, e.place as placement, e.decom as episode_start
  from child c
  left join allocation oa
         on oa.snapshot_id = c.snapshot_id and oa.child_id = c.child_id
        and oa.start_date <= :as_at and (oa.end_date is null or oa.end_date > :as_at)
  left join worker w on w.snapshot_id = c.snapshot_id and w.worker_id = oa.worker_id
  left join team t on t.snapshot_id = c.snapshot_id and t.team_id = oa.team_id
  left join episode_of_care e
         on e.snapshot_id = c.snapshot_id and e.child_id = c.child_id
        and e.decom <= :as_at and (e.dec is null or e.dec > :as_at)
 where c.snapshot_id = :snapshot_id
   and c.child_id = :child_id
   and (:scope_kind = 'all'
        or c.child_id in (select child_id
                            from children_in_scope(:snapshot_id, :as_at, :scope_kind, :scope_unit)))
