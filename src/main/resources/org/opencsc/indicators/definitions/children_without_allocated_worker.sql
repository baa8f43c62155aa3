-- indicator: children_without_allocated_worker
-- title: Children without an allocated worker
-- group: workforce
-- description: Children open to children's social care on the period's last day with no worker
--   allocated that day. Open means an episode of need open that day (CINreferralDate on or before
--   it, CINclosureDate after it or none) or looked after that day (an SSDA903 episode with DECOM
--   on or before it and DEC after it or none); a care leaver has no open case, so is never here.
--   Allocated means an allocation open that day (started on or before it, not ended on or before
--   it), so a child whose worker's allocation ends that day is unallocated, and one whose next
--   worker starts that day is not. The same rule as the council's list of unallocated children. A
--   child with no worker counts for the worker (and team) who last held the case, if any, and is
--   otherwise unallocated; the row's detail says which.
-- source: Ofsted ILACS Annex A lists 6 and 8 (Allocated Team, Allocated Worker); CIN census
--   CINreferralDate, CINclosureDate; SSDA903 DECOM, DEC; OpenCSC allocations (SSD
--   ssd_involvements); no national figure
-- numerator: children open on the period's last day with no allocation open that day
-- denominator: none (a count)
-- unit: count
-- polarity: lower
-- subject: child
--
-- Rows: one per such child, dated the period's last day; the record is the open episode of care
-- if the child is looked after, else the latest open referral.
with open_case as (
  select distinct on (x.child_id) x.child_id, x.record_id, x.start_date, x.open_as
  from (
    select e.child_id, e.episode_id as record_id, e.decom as start_date, 'looked after' as open_as,
           0 as rank
    from episode_of_care e
    where e.snapshot_id = :snapshot_id
      and e.decom <= :period_end
      and (e.dec is null or e.dec > :period_end)
    union all
    select r.child_id, r.referral_id, r.cin_referral_date,
           case when cp.child_id is not null then 'on a protection plan' else 'in need' end,
           1
    from referral r
    -- the children on a protection plan that day, joined once (not looked up per referral)
    left join (
      select distinct p.child_id
      from cp_plan p
      where p.snapshot_id = :snapshot_id
        and p.cpp_start_date <= :period_end
        and (p.cpp_end_date is null or p.cpp_end_date > :period_end)
    ) cp on cp.child_id = r.child_id
    where r.snapshot_id = :snapshot_id
      and r.cin_referral_date <= :period_end
      and (r.cin_closure_date is null or r.cin_closure_date > :period_end)
  ) x
  -- no allocation open on the last day: one anti-join for all the open cases at once
  where not exists (
    select 1
    from allocation a
    where a.snapshot_id = :snapshot_id
      and a.child_id = x.child_id
      and a.start_date <= :period_end
      and (a.end_date is null or a.end_date > :period_end)
  )
  order by x.child_id, x.rank, x.start_date desc, x.record_id
)
select
  o.child_id,
  o.record_id,
  cast(:period_end as date)                             as event_date,
  o.start_date,
  null::date                                            as end_date,
  format('open as %s since %s; %s', o.open_as, o.start_date,
         coalesce('last allocated to ' || last.worker_id || ' until ' || last.end_date,
                  'never allocated'))                   as detail,
  1                                                     as numerator,
  0                                                     as denominator
from open_case o
left join lateral (
  select a.worker_id, a.end_date
  from allocation a
  where a.snapshot_id = :snapshot_id
    and a.child_id = o.child_id
    and a.start_date <= :period_end
  order by a.start_date desc
  limit 1
) last on true
