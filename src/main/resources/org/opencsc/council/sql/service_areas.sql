-- Every service area with the number of children open to it on :as_at: children whose allocation
-- open on that date (start_date <= as_at < end_date) is to a team of the service area.
with open_allocation as (
  select a.child_id, a.team_id
    from allocation a
   where a.snapshot_id = :snapshot_id
     and a.start_date <= :as_at
     and (a.end_date is null or a.end_date > :as_at)
)
select sa.service_area_id as id, sa.name, count(distinct oa.child_id) as children
  from service_area sa
  left join team t on t.snapshot_id = sa.snapshot_id and t.service_area_id = sa.service_area_id
  left join open_allocation oa on oa.team_id = t.team_id
 where sa.snapshot_id = :snapshot_id
 group by sa.service_area_id, sa.name
 order by sa.name, sa.service_area_id
