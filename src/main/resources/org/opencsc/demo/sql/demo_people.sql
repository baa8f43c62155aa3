-- The served council's busiest case-holding worker on the snapshot's date, with their team, its
-- service area and the worker's manager: the people the demo's worker, manager and head logins are.
with served as (
  select s.snapshot_id, s.as_at
  from current_snapshot c
  join snapshot s on s.snapshot_id = c.snapshot_id
),
caseload as (
  select a.worker_id, a.team_id, count(*) as children
  from allocation a
  join served on a.snapshot_id = served.snapshot_id
  where a.start_date <= served.as_at and (a.end_date is null or a.end_date > served.as_at)
  group by a.worker_id, a.team_id
)
select w.worker_id,
       w.name as worker_name,
       c.team_id,
       t.service_area_id,
       m.worker_id as manager_id,
       m.name as manager_name
from caseload c
join served on true
join worker w on w.snapshot_id = served.snapshot_id and w.worker_id = c.worker_id
join team t on t.snapshot_id = served.snapshot_id and t.team_id = c.team_id
left join worker m on m.snapshot_id = served.snapshot_id and m.worker_id = w.manager_worker_id
order by c.children desc, w.worker_id
limit 1
