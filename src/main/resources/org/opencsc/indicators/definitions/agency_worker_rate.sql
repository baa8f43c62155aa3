-- indicator: agency_worker_rate
-- title: Agency social workers (share of FTE)
-- group: workforce
-- description: The share of the social work full-time equivalent in post on the period's last day
--   that is agency workers: agency FTE / (agency FTE + employed FTE), the census's agency rate. In
--   post means from RoleStartDate to RoleEndDate, both days included, as the workforce census
--   records a role. Every worker counts, whatever the role: the worker table holds the council's
--   children and family social workers (the census's CSWWWorker, qualified and registered with
--   Social Work England, OrgRole 1 senior manager to 6 qualified without cases, and the SSD
--   professionals the import maps to those roles), as the census's rate counts all of them, not
--   only case holders. The DfE counts at 30 September; this figure at any date.
-- source: DfE Children's social work workforce, indicators data set (CSWW AgencyWorker, FTE;
--   England 2023: 7,173.5 agency FTE against 33,119.1 employed FTE in post, 7,173.5 / 40,292.6 =
--   17.8%)
-- numerator: FTE of agency workers in post on the period's last day
-- denominator: FTE of all workers in post on the period's last day, agency and employed
-- unit: percent
-- polarity: lower
-- subject: worker
--
-- Rows: one per worker in post on the period's last day, dated that day; the engine attributes
-- it to the team the worker was in.
select
  null::text                                            as child_id,
  w.worker_id                                           as record_id,
  cast(:period_end as date)                             as event_date,
  w.role_start_date                                     as start_date,
  w.role_end_date                                       as end_date,
  format('%s, %s FTE', case when w.agency_worker then 'agency' else 'employed' end,
         trim_scale(w.fte))                             as detail,
  case when w.agency_worker then w.fte else 0 end       as numerator,
  w.fte                                                 as denominator,
  w.worker_id
from worker w
where w.snapshot_id = :snapshot_id
  and w.role_start_date <= :period_end
  and (w.role_end_date is null or w.role_end_date >= :period_end)
