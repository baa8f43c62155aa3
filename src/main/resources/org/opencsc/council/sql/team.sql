select t.team_id, t.name, sa.service_area_id, sa.name as service_area_name
  from team t
  join service_area sa on sa.snapshot_id = t.snapshot_id and sa.service_area_id = t.service_area_id
 where t.snapshot_id = :snapshot_id
   and t.team_id = :team_id
