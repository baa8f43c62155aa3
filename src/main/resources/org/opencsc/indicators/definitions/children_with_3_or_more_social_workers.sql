-- indicator: children_with_3_or_more_social_workers
-- title: Children who had 3 or more social workers in 12 months
-- group: workforce
-- description: Of the children with an allocated worker on the period's last day, the share who
--   had 3 or more different allocated workers in the 12 months to that day (the day a year before
--   it excluded: 1 April to 31 March for an as-at date of 31 March), whatever the period: two or
--   more changes of social worker, the Children's Commissioner's "multiple changes" of its
--   stability index. A worker counts once however often they held the case, and an allocation
--   counts if it covered a day of those 12 months (allocations run from their start to the day
--   before their end, so one that ended on the first day does not count, nor one that started and
--   ended the same day). All children with an allocated worker count, not only children looked
--   after, where the DfE's social worker stability measure (SSDA903 SWEpisodes, from 2023-24)
--   covers children looked after at 31 March and publishes changes of worker, not workers.
-- source: Children's Commissioner for England, Stability Index (children in care with multiple
--   changes of social worker in the past 12 months: around 1 in 4 at 31 March 2017); DfE Stability
--   measures for children looked after (SSDA903 SWEpisodes SW_ID, SW_DECOM, SW_DEC); OpenCSC
--   allocations (SSD ssd_involvements invo_professional_id)
-- numerator: children allocated on the period's last day who had 3 or more different allocated
--   workers in the 12 months to that day
-- denominator: children with an allocation open on the period's last day
-- unit: percent
-- polarity: lower
-- subject: child
-- volume: high
--
-- Rows: one per child allocated on the period's last day (the allocation open that day), dated
-- that day, so the child counts for their worker now.
with per_child as (
  -- every allocation that covered a day of the 12 months, read once and grouped by child: the
  -- workers are counted from all of them, the rows are those still open on the last day
  select a.child_id,
         count(distinct a.worker_id)                                   as workers,
         string_agg(distinct a.worker_id, ', ' order by a.worker_id)   as worker_ids,
         array_agg(a.allocation_id) filter (where a.end_date is null or a.end_date > :period_end)
                                                                       as open_ids,
         array_agg(a.start_date) filter (where a.end_date is null or a.end_date > :period_end)
                                                                       as open_starts
  from allocation a
  where a.snapshot_id = :snapshot_id
    and a.start_date <= :period_end
    and (a.end_date is null
         or (a.end_date > (cast(:period_end as date) - interval '1 year' + interval '1 day')::date
             and a.end_date > a.start_date))
  group by a.child_id
)
select
  w.child_id,
  n.allocation_id                                       as record_id,
  cast(:period_end as date)                             as event_date,
  n.start_date                                          as start_date,
  null::date                                            as end_date,
  format('%s social worker%s in the 12 months from %s: %s', w.workers,
         case when w.workers = 1 then '' else 's' end,
         (cast(:period_end as date) - interval '1 year' + interval '1 day')::date,
         w.worker_ids)                                  as detail,
  case when w.workers >= 3 then 1 else 0 end            as numerator,
  1                                                     as denominator
from per_child w
cross join lateral unnest(w.open_ids, w.open_starts) as n(allocation_id, start_date)
