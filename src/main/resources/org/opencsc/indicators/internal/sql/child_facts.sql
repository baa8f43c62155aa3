-- The rows of one indicator about children: its definition's rows (in place of the marker), each
-- with the worker, team and service area it counts for. The reference date is the row's event
-- date (attribution 'event') or the as-at date ('current'); the allocation chosen is the one open
-- on that date (start_date <= date < end_date), failing that the first to start after it (up to
-- the as-at date), failing that the last to start before it; among allocations alike in all that,
-- the one with the lowest allocation_id, so that every query on the same rows chooses the same one.
-- No allocation at all: unallocated. Ids only: the names are joined where they are shown (after the
-- figures are summed, or when the rows are kept), not once per row.
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
  f.numerator::numeric   as numerator,
  f.denominator::numeric as denominator,
  a.worker_id,
  a.team_id,
  t.service_area_id
from fact f
cross join lateral (
  select case when :attribution = 'current' then cast(:period_end as date) else f.event_date end as day
) ref
left join lateral (
  select al.worker_id, al.team_id
  from allocation al
  where al.snapshot_id = :snapshot_id
    and al.child_id = f.child_id
    and al.start_date <= :period_end
  order by
    case
      when al.start_date <= ref.day and (al.end_date is null or al.end_date > ref.day) then 0
      when al.start_date > ref.day then 1
      else 2
    end,
    case when al.start_date > ref.day then al.start_date end,
    al.start_date desc,
    al.allocation_id
  limit 1
) a on true
left join team t on t.snapshot_id = :snapshot_id and t.team_id = a.team_id
