-- The rows of one indicator about children, as child_facts.sql gives them, for a definition with
-- hundreds of thousands of rows on a national council (-- volume: high): a row per referral,
-- contact or assessment of the period, or per child in need. The same rule and spans, read from the
-- children's timelines (V26__allocation_timeline.sql) joined in bulk instead of one index probe
-- per row. The span of the reference date is the i-th, i = width_bucket(day, from_dates) (the
-- number of spans starting on or before it); its alternative (alt_worker_id, alt_team_id) is the
-- one before. A child with no allocation has no timeline: no worker. AttributionIT checks the rule
-- and BulkAttributionIT that both wrappers give the same rows for every definition.
with fact as (
  /*definition*/
),
located as (
  select
    f.*,
    l.start_dates,
    l.worker_ids,
    l.team_ids,
    width_bucket(case
                   when :attribution = 'current' then cast(:period_end as date)
                   else least(f.event_date, :period_end)
                 end, l.from_dates) as i
  from fact f
  left join allocation_timeline l
    on l.snapshot_id = :snapshot_id and l.child_id = f.child_id
  -- works i out once per row: without it the planner copies the expression into every use
  offset 0
),
attributed as (
  select
    g.*,
    case when g.start_dates[g.i] <= :period_end then g.worker_ids[g.i] else g.worker_ids[g.i - 1] end
      as worker_id,
    case when g.start_dates[g.i] <= :period_end then g.team_ids[g.i] else g.team_ids[g.i - 1] end
      as team_id
  from located g
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
  f.team_id
from attributed f
