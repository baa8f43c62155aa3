-- indicator: workers_over_caseload_threshold
-- title: Case-holding workers over the caseload threshold
-- group: workforce
-- description: Of the case-holding workers in post on the period's last day, the share whose
--   children per full-time equivalent that day exceed the council's caseload threshold (local
--   standard caseload_threshold, 18 children per FTE by default): a caseload exactly at the
--   threshold is not over it. Case-holding workers and their children are as for the average
--   caseload (caseload_per_worker): in post that day (RoleStartDate to RoleEndDate, both days
--   included), in a case-holding role (CSWW OrgRole 4 or 5) or holding at least one child that
--   day, agency workers included; a child counts for the worker whose allocation is open that day.
--   There is no national figure: the DfE publishes only the average caseload.
-- source: local standard (shared/docs/indicators.md: caseload threshold 18 children per FTE
--   worker); CSWW OrgRole, FTE; OpenCSC allocations (SSD ssd_involvements)
-- numerator: case-holding workers whose children per FTE exceed the threshold
-- denominator: case-holding workers in post on the period's last day
-- unit: percent
-- polarity: lower
-- subject: worker
--
-- Rows: one per case-holding worker in post on the period's last day, dated that day; the engine
-- attributes it to the team the worker was in.
with held as (
  select a.worker_id, count(distinct a.child_id) as children
  from allocation a
  where a.snapshot_id = :snapshot_id
    and a.start_date <= :period_end
    and (a.end_date is null or a.end_date > :period_end)
  group by a.worker_id
),
caseload as (
  select w.worker_id, w.role_start_date, w.role_end_date, w.fte,
         coalesce(h.children, 0) as children,
         coalesce(h.children, 0) / w.fte as per_fte
  from worker w
  left join held h on h.worker_id = w.worker_id
  where w.snapshot_id = :snapshot_id
    and w.role_start_date <= :period_end
    and (w.role_end_date is null or w.role_end_date >= :period_end)
    and (w.case_holding or h.children > 0)
)
select
  null::text                                            as child_id,
  c.worker_id                                           as record_id,
  cast(:period_end as date)                             as event_date,
  c.role_start_date                                     as start_date,
  c.role_end_date                                       as end_date,
  format('%s per FTE (%s on %s FTE)%s', round(c.per_fte, 1),
         case c.children when 1 then '1 child' else c.children || ' children' end,
         trim_scale(c.fte),
         case when c.per_fte > :caseload_threshold then ', over ' || :caseload_threshold
              else '' end)                              as detail,
  case when c.per_fte > :caseload_threshold then 1 else 0 end as numerator,
  1                                                     as denominator,
  c.worker_id
from caseload c
