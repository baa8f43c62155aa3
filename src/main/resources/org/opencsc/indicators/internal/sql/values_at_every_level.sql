-- One indicator's numerator and denominator for the council, each service area, each team and
-- each worker, from the same rows (in place of the marker): so a team's figures add up to its
-- service area's and those to the council's. Rows counting for no worker (unallocated) form their
-- own unit at each level below the council (null id here). Summed by id, then named. The rows are
-- summed first by worker and team together (a few thousand sums), each of those given its team's
-- service area, and the levels summed from them: grouping sets straight over a national
-- indicator's half a million rows hashed each row four times, and joining the team a row cost
-- 12% of a national referrals query.
with fact as (
  /*facts*/
),
by_team as (
  select worker_id, team_id,
         sum(numerator) as numerator, sum(denominator) as denominator
  from fact
  group by worker_id, team_id
),
unit as (
  select u.worker_id, u.team_id, t.service_area_id, u.numerator, u.denominator
  from by_team u
  left join team t on t.snapshot_id = :snapshot_id and t.team_id = u.team_id
),
figure as (
  select
    case
      when grouping(worker_id) = 0 then 'worker'
      when grouping(team_id) = 0 then 'team'
      when grouping(service_area_id) = 0 then 'service-area'
      else 'council'
    end                           as level,
    coalesce(worker_id, team_id, service_area_id) as unit_id,
    coalesce(sum(numerator), 0)   as numerator,
    coalesce(sum(denominator), 0) as denominator
  from unit
  group by grouping sets ((), (service_area_id), (team_id), (worker_id))
)
select
  f.level,
  f.unit_id,
  coalesce(w.name, t.name, sa.name) as unit_name,
  f.numerator,
  f.denominator
from figure f
left join worker w
  on f.level = 'worker' and w.snapshot_id = :snapshot_id and w.worker_id = f.unit_id
left join team t
  on f.level = 'team' and t.snapshot_id = :snapshot_id and t.team_id = f.unit_id
left join service_area sa
  on f.level = 'service-area' and sa.snapshot_id = :snapshot_id and sa.service_area_id = f.unit_id
