-- One child of the snapshot with the worker and team they are allocated to on :as_at (all null
-- when unallocated): the columns of allocated_children.sql, for one child, allocated or not.
select c.child_id,
       extract(year from age(:as_at, c.person_birth_date))::int as age,
       c.sex,
       child_open_as(c.snapshot_id, c.child_id, c.person_birth_date, :as_at) as open_as,
       w.worker_id, w.name as worker_name, t.team_id, t.name as team_name,
       oa.start_date as allocated_since
  from child c
  left join lateral (
         select a.worker_id, a.team_id, a.start_date
           from allocation a
          where a.snapshot_id = c.snapshot_id
            and a.child_id = c.child_id
            and a.start_date <= :as_at
            and (a.end_date is null or a.end_date > :as_at)
          order by a.start_date desc
          limit 1) oa on true
  left join worker w on w.snapshot_id = c.snapshot_id and w.worker_id = oa.worker_id
  left join team t on t.snapshot_id = c.snapshot_id and t.team_id = oa.team_id
 where c.snapshot_id = :snapshot_id
   and c.child_id = :child_id
