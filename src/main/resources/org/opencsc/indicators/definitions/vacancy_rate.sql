-- indicator: vacancy_rate
-- title: Social worker vacancy rate
-- group: workforce
-- description: Vacant social worker posts as a share of all posts at the latest workforce census
--   on or before the period's last day: vacancy FTE / (vacancy FTE + FTE of employed social
--   workers in post on the census's reference date), the census's vacancy rate. Agency workers
--   are not in the denominator: they mostly cover vacancies, which the census counts as vacant
--   (England 2023: 74.4% of vacancies were covered by agency workers). In post means from
--   RoleStartDate to RoleEndDate, both days included. The vacancies are the council's, reported
--   once (LALevelVacancies), and belong to no team: their row has no worker and is listed under
--   "No team", so below the council each team's figure holds only its own in-post FTE (0%) and
--   only the council's figure is the vacancy rate. Without a census on or before the period's last
--   day there is no figure.
-- source: DfE Children's social work workforce, indicators data set (CSWW LALevelVacancies
--   NumberOfVacancies at ReferenceDate, CSWWWorker AgencyWorker and FTE; England 2023: 7,722.7
--   vacancy FTE, 7,722.7 / (7,722.7 + 33,119.1 employed FTE) = 18.9%)
-- numerator: vacancy FTE at the latest census on or before the period's last day
-- denominator: that vacancy FTE plus the FTE of employed (non-agency) workers in post on the
--   census's reference date
-- unit: percent
-- polarity: lower
-- subject: worker
--
-- Rows: one for the vacancies (record 'vacancies', no worker) and one per employed worker in
-- post on the census's reference date, all dated that day.
with census as (
  select v.reference_date, v.number_of_vacancies
  from workforce_vacancy v
  where v.snapshot_id = :snapshot_id
    and v.reference_date <= :period_end
  order by v.reference_date desc
  limit 1
)
select
  null::text                                            as child_id,
  'vacancies'                                           as record_id,
  c.reference_date                                      as event_date,
  c.reference_date                                      as start_date,
  null::date                                            as end_date,
  format('%s FTE vacant at the census of %s', trim_scale(c.number_of_vacancies),
         c.reference_date)                              as detail,
  c.number_of_vacancies                                 as numerator,
  c.number_of_vacancies                                 as denominator,
  null::text                                            as worker_id
from census c
where c.number_of_vacancies > 0
union all
select
  null::text,
  w.worker_id,
  c.reference_date,
  w.role_start_date,
  w.role_end_date,
  format('employed, %s FTE in post at the census of %s', trim_scale(w.fte), c.reference_date),
  0,
  w.fte,
  w.worker_id
from census c
join worker w on w.snapshot_id = :snapshot_id
             and not w.agency_worker
             and w.role_start_date <= c.reference_date
             and (w.role_end_date is null or w.role_end_date >= c.reference_date)
