-- The workers of one team on :as_at (members that day, and anyone holding one of the team's open
-- allocations) with the number of the team's children allocated to each.
with open_allocation as (
  select a.child_id, a.worker_id
    from allocation a
   where a.snapshot_id = :snapshot_id
     and a.team_id = :team_id
     and a.start_date <= :as_at
     and (a.end_date is null or a.end_date > :as_at)
),
member as (
  select wt.worker_id
    from worker_team wt
   where wt.snapshot_id = :snapshot_id
     and wt.team_id = :team_id
     and wt.start_date <= :as_at
     and (wt.end_date is null or wt.end_date > :as_at)
  union
  select oa.worker_id from open_allocation oa
)
select w.worker_id as id, w.name, w.agency_worker, count(distinct oa.child_id) as children
  from member m
  join worker w on w.snapshot_id = :snapshot_id and w.worker_id = m.worker_id
  left join open_allocation oa on oa.worker_id = w.worker_id
 group by w.worker_id, w.name, w.agency_worker
 order by w.name, w.worker_id
