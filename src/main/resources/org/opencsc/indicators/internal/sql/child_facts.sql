-- The rows of one indicator about children: its definition's rows (in place of the marker), each
-- with the worker and team it counts for. The reference date is the row's event
-- date (attribution 'event') or the as-at date ('current'), never after the as-at date. Of the
-- child's allocations that last at least a day and start by the as-at date, the row counts for
-- the one open on the reference date; failing that, the first to start after it; failing that,
-- the last to end before it; no allocation at all: unallocated. allocation_span (V17) holds that
-- choice for every stretch of the child's time line, so one index probe finds it. Ids only: the
-- names, and the team's service area, are joined where they are needed: after the figures are
-- summed by worker and team (values_at_every_level.sql) or when the rows are kept
-- (fill_fact_set.sql), not once a row (12% of a national referrals query).
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
  a.worker_id,
  a.team_id
from fact f
left join lateral (
  select
    case when s.start_date <= :period_end then s.worker_id else s.alt_worker_id end as worker_id,
    case when s.start_date <= :period_end then s.team_id else s.alt_team_id end     as team_id
  from allocation_span s
  where s.snapshot_id = :snapshot_id
    and s.child_id = f.child_id
    and s.from_date <= case
                         when :attribution = 'current' then cast(:period_end as date)
                         else least(f.event_date, :period_end)
                       end
  order by s.from_date desc
  limit 1
) a on true
