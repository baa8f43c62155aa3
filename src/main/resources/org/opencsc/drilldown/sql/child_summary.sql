-- One child on the snapshot's date, if the login's scope (org.opencsc.security.Scope) may see them:
-- age in whole years (null before birth), sex, what they are open as, their allocated worker and
-- team that day, and the legal status and placement of the episode of care they are in that day.
-- open_as comes from child_open_as (V20), as in the council's children lists, so the pages agree.
select c.child_id,
       extract(year from age(:as_at, c.person_birth_date))::int as age,
       c.sex,
       child_open_as(c.snapshot_id, c.child_id, c.person_birth_date, :as_at) as open_as,
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
