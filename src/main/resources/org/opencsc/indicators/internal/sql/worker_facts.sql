-- The rows of one indicator about workers: its definition's rows (in place of the marker), each
-- with the team the worker was in on the reference date (the row's event date
-- for attribution 'event', the as-at date for 'current'): the team membership open that day,
-- failing that the first to start after it (up to the as-at date), failing that the last before.
-- Ids only: the names, and the team's service area, are joined where they are needed (as in
-- child_facts.sql).
-- The numerator and denominator keep the definition's own type: counts of 1 and 0 are summed as
-- integers (summing them as numeric took 5-9% of a national referrals query).
with fact as (
  /*definition*/
)
select
  f.child_id,
  f.record_id,
  f.event_date,
  f.start_date,
  f.end_date,
  f.detail,
  f.numerator,
  f.denominator,
  f.worker_id,
  m.team_id
from fact f
cross join lateral (
  select case when :attribution = 'current' then cast(:period_end as date) else f.event_date end as day
) ref
left join lateral (
  select wt.team_id
  from worker_team wt
  where wt.snapshot_id = :snapshot_id
    and wt.worker_id = f.worker_id
    and wt.start_date <= :period_end
  order by
    case
      when wt.start_date <= ref.day and (wt.end_date is null or wt.end_date > ref.day) then 0
      when wt.start_date > ref.day then 1
      else 2
    end,
    case when wt.start_date > ref.day then wt.start_date end,
    wt.start_date desc
  limit 1
) m on true
