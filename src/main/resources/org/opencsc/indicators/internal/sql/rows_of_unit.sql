-- The rows behind one unit's figure (in place of the marker): the council's, a service area's, a
-- team's or a worker's ('unallocated' for rows counting for no worker), on the numerator's side
-- (numerator <> 0), the denominator's (denominator <> 0) or both ('all').
with fact as (
  /*facts*/
)
select *
from fact
where (
       :level = 'council'
    or (:level = 'service-area' and coalesce(service_area_id, 'unallocated') = :unit_id)
    or (:level = 'team' and coalesce(team_id, 'unallocated') = :unit_id)
    or (:level = 'worker' and coalesce(worker_id, 'unallocated') = :unit_id)
  )
  and (
       :side = 'all'
    or (:side = 'numerator' and numerator <> 0)
    or (:side = 'denominator' and denominator <> 0)
  )
order by event_date, child_id, record_id
