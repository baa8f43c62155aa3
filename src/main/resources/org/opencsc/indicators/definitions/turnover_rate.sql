-- indicator: turnover_rate
-- title: Social worker turnover rate
-- group: workforce
-- description: The full-time equivalent of employed (non-agency) social workers who left in the
--   period, as a share of the employed FTE in post on the period's last day: the census's turnover
--   rate (leavers in the year to 30 September / in post at 30 September), for any period. A
--   leaver is a worker whose RoleEndDate is in the period, whatever the reason (ReasonLeave);
--   RoleEndDate is the last day in post, so a worker who leaves on the period's last day is both
--   a leaver and in post that day. Agency workers are in neither side, as in the census. The
--   leavers are not a subset of those in post, so a leaver's row has a numerator and no
--   denominator, and a unit whose only rows are leavers has no rate. A leaver counts for the team
--   they were in when they left; a worker in post for their team on the period's last day.
-- source: DfE Children's social work workforce, indicators data set (CSWW RoleEndDate,
--   ReasonLeave, AgencyWorker, FTE; England 2023: 5,254.6 leaver FTE / 33,119.1 FTE in post =
--   15.9%)
-- numerator: FTE of employed workers who left in the period
-- denominator: FTE of employed workers in post on the period's last day
-- unit: percent
-- polarity: lower
-- subject: worker
--
-- Rows: one per employed worker who left in the period (dated the day they left) or was in post
-- on its last day (dated that day).
select
  null::text                                            as child_id,
  w.worker_id                                           as record_id,
  case when w.role_end_date between :period_start and :period_end then w.role_end_date
       else cast(:period_end as date) end               as event_date,
  w.role_start_date                                     as start_date,
  w.role_end_date                                       as end_date,
  case when w.role_end_date between :period_start and :period_end
       then format('left on %s%s, %s FTE', w.role_end_date,
                   coalesce(' (' || w.reason_leave || ')', ''), trim_scale(w.fte))
       else format('in post, %s FTE', trim_scale(w.fte)) end as detail,
  case when w.role_end_date between :period_start and :period_end then w.fte else 0 end
                                                        as numerator,
  case when w.role_end_date is null or w.role_end_date >= :period_end then w.fte else 0 end
                                                        as denominator,
  w.worker_id
from worker w
where w.snapshot_id = :snapshot_id
  and not w.agency_worker
  and w.role_start_date <= :period_end
  and (w.role_end_date is null or w.role_end_date >= :period_start)
