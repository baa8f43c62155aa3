-- One indicator's numerator and denominator for the council, each service area, each team and
-- each worker, from the same rows (in place of the marker): so a team's figures add up to its
-- service area's and those to the council's. Rows counting for no worker (unallocated) form their
-- own unit at each level below the council (null id here).
with fact as (
  /*facts*/
)
select
  case
    when grouping(worker_id) = 0 then 'worker'
    when grouping(team_id) = 0 then 'team'
    when grouping(service_area_id) = 0 then 'service-area'
    else 'council'
  end                     as level,
  coalesce(worker_id, team_id, service_area_id) as unit_id,
  coalesce(worker_name, team_name, service_area_name) as unit_name,
  coalesce(sum(numerator), 0)   as numerator,
  coalesce(sum(denominator), 0) as denominator
from fact
group by grouping sets (
  (),
  (service_area_id, service_area_name),
  (team_id, team_name),
  (worker_id, worker_name)
)
