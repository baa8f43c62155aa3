select sa.service_area_id, sa.name
  from service_area sa
 where sa.snapshot_id = :snapshot_id
   and sa.service_area_id = :service_area_id
