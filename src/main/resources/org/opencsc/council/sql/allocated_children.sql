-- The children allocated on :as_at, narrowed to one service area, team or worker when that
-- parameter is given (null = any), and to the children the login's scope may see
-- (org.opencsc.security.Scope). open_as says what the child is open as that day (child_open_as, V20).
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
       child_open_as(c.snapshot_id, c.child_id, c.person_birth_date, :as_at) as open_as,
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
