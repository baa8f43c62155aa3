-- The teams of one service area with the number of children allocated to a worker in each on :as_at.
with open_allocation as (
  select a.child_id, a.team_id
    from allocation a
   where a.snapshot_id = :snapshot_id
     and a.start_date <= :as_at
     and (a.end_date is null or a.end_date > :as_at)
)
select t.team_id as id, t.name, count(distinct oa.child_id) as children
  from team t
  left join open_allocation oa on oa.team_id = t.team_id
 where t.snapshot_id = :snapshot_id
   and t.service_area_id = :service_area_id
 group by t.team_id, t.name
 order by t.name, t.team_id
