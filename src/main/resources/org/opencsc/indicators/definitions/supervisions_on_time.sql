-- indicator: supervisions_on_time
-- title: Case-holding workers supervised on time
-- group: workforce
-- description: Of the case-holding workers in post on the period's last day, the share whose last
--   formal supervision on or before that day was no more than the local standard's number of
--   working days before it (supervision_working_days, 20 by default: monthly). Working days are
--   Monday to Friday less England and Wales bank holidays, counted after the supervision up to
--   and including the day, so a supervision that day is 0 working days before it and one exactly
--   20 working days before it is on time, 21 is not. A worker never supervised, or supervised
--   only after the day, is not on time (a new starter too, until their first supervision).
--   Case-holding workers are as for the average caseload (caseload_per_worker): in post that day
--   (RoleStartDate to RoleEndDate, both days included), in a case-holding role (CSWW OrgRole 4 or
--   5) or holding at least one child that day, agency workers included. There is no national
--   figure.
-- source: local standard (shared/docs/indicators.md: supervision at least every 20 working days
--   for case-holding workers); OpenCSC supervisions (opencsc_supervisions: not in the SSD); CSWW
--   OrgRole, RoleStartDate, RoleEndDate; OpenCSC allocations (SSD ssd_involvements)
-- numerator: case-holding workers whose last supervision was within the standard's working days
-- denominator: case-holding workers in post on the period's last day
-- unit: percent
-- polarity: higher
-- subject: worker
--
-- Rows: one per case-holding worker in post on the period's last day, dated that day (the
-- engine attributes it to the team the worker was in); start_date is the last supervision.
with case_holder as (
  select w.worker_id, w.role_end_date
  from worker w
  where w.snapshot_id = :snapshot_id
    and w.role_start_date <= :period_end
    and (w.role_end_date is null or w.role_end_date >= :period_end)
    and (w.case_holding
         or exists (select 1
                    from allocation a
                    where a.snapshot_id = :snapshot_id
                      and a.worker_id = w.worker_id
                      and a.start_date <= :period_end
                      and (a.end_date is null or a.end_date > :period_end)))
),
last_supervision as (
  select c.worker_id, c.role_end_date, max(s.supervision_date) as supervised,
         working_days_between(max(s.supervision_date), cast(:period_end as date)) as days
  from case_holder c
  left join supervision s on s.snapshot_id = :snapshot_id
                         and s.worker_id = c.worker_id
                         and s.supervision_date <= :period_end
  group by c.worker_id, c.role_end_date
)
select
  null::text                                            as child_id,
  l.worker_id                                           as record_id,
  cast(:period_end as date)                             as event_date,
  l.supervised                                          as start_date,
  l.role_end_date                                       as end_date,
  case when l.supervised is null then 'never supervised'
       else format('last supervised on %s, %s working days before', l.supervised, l.days)
  end                                                   as detail,
  case when l.days <= :supervision_working_days then 1 else 0 end as numerator,
  1                                                     as denominator,
  l.worker_id
from last_supervision l
