-- indicator: caseload_per_worker
-- title: Children per case-holding worker (FTE)
-- group: workforce
-- description: The children allocated to case-holding workers on the period's last day, per
--   full-time-equivalent case-holding worker: the council's average caseload, and at worker level
--   each worker's own children per FTE (so a worker's list shows the spread). A case-holding
--   worker is one in post that day (from RoleStartDate to RoleEndDate, both days included, as the
--   workforce census records a role) who is in a case-holding role (CSWW OrgRole 4 senior
--   practitioner or 5 case-holding social worker, as the import sets case_holding) or who holds at
--   least one child that day (a team manager with a case is a case holder, as the census counts
--   anyone with cases at 30 September). Agency workers count: they hold the council's cases and
--   the census collects their Cases30. A child counts for the worker whose allocation is open that
--   day (started on or before it, not ended on or before it). Where the DfE differs: the census
--   counts cases held on 30 September by social workers holding one or more cases, so it leaves
--   out a case-holding worker with none, whom this figure keeps (with a caseload of 0).
-- source: DfE Children's social work workforce, indicators data set (CSWW Cases30, FTE, OrgRole:
--   England 2023: 337,055 cases held by 21,111.4 FTE case holders, an average caseload of 16.0);
--   OpenCSC allocations (SSD ssd_involvements) for the children held
-- numerator: children allocated to case-holding workers in post on the period's last day
-- denominator: the FTE of those case-holding workers
-- unit: mean
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
)
select
  null::text                                            as child_id,
  w.worker_id                                           as record_id,
  cast(:period_end as date)                             as event_date,
  w.role_start_date                                     as start_date,
  w.role_end_date                                       as end_date,
  format('%s on %s FTE: %s per FTE',
         case coalesce(h.children, 0) when 1 then '1 child'
              else coalesce(h.children, 0) || ' children' end,
         trim_scale(w.fte), round(coalesce(h.children, 0) / w.fte, 1)) as detail,
  coalesce(h.children, 0)                               as numerator,
  w.fte                                                 as denominator,
  w.worker_id
from worker w
left join held h on h.worker_id = w.worker_id
where w.snapshot_id = :snapshot_id
  and w.role_start_date <= :period_end
  and (w.role_end_date is null or w.role_end_date >= :period_end)
  and (w.case_holding or h.children > 0)
