-- indicator: cp_visits_within_10_working_days
-- title: Children on a child protection plan seen on a visit within the last 10 working days
-- group: child-protection
-- description: Of the child protection plans open at the period end on which a visit had fallen
--   due, the share whose child had been seen on a visit within the last N working days up to the
--   period end, N being the council's local standard for child protection visits
--   (opencsc.indicators.local-standards.cp-visit-working-days, 10 unless set: England has no
--   national standard or figure). Working days are Monday to Friday less England and Wales bank
--   holidays, counted as the DfE counts durations: the days after the first date up to and
--   including the second. The visits standard means the next visit is due N working days after the
--   last; on the period end a plan is in the denominator when it was open then (started on or
--   before it, no end or an end after it) and had been open at least N working days (a visit had
--   fallen due by the period end), and in the numerator when the child was seen on a visit of this
--   plan (seen = true) fewer than N working days before the period end, so that the next visit is
--   due after it. With N = 10 and the period ending on Monday 6 January 2025: seen on Thursday 19
--   December 2024 (9 working days before, across Christmas Day, Boxing Day and New Year's Day) is
--   on time; seen on Wednesday 18 December (10 working days before, the next visit due on the
--   period end and not made) is not. Visits where the child was not seen count for nothing; a
--   plan whose child was never seen is in the denominator only.
-- source: Local standard (shared/docs/indicators.md: CP visits at least every 10 working days);
--   Ofsted Annex A list 7 "Date of the Last Statutory Visit"; SSD ssd_cp_visits (cppv_cp_visit_date,
--   cppv_cp_visit_seen); CIN census CPPstartDate, CPPendDate.
-- numerator: plans open at the period end, open at least N working days, whose child was seen on a
--   visit of the plan fewer than N working days before the period end
-- denominator: child protection plans open at the period end that had been open at least N working
--   days (N = cp-visit-working-days, 10 by default)
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per plan open at the period end (a child has one at a time); event date the period
-- end, so that it counts for the worker holding the case that day.
select
  p.child_id,
  p.cp_plan_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  p.cpp_start_date                                      as start_date,
  p.cpp_end_date                                        as end_date,
  case
    when v.last_seen is null then 'not seen on a visit since the plan started on '
                                  || to_char(p.cpp_start_date, 'YYYY-MM-DD')
    else 'last seen ' || to_char(v.last_seen, 'YYYY-MM-DD') || ', '
         || working_days_between(v.last_seen, cast(:period_end as date))
         || ' working day(s) before the period end'
  end                                                   as detail,
  case
    when v.last_seen is not null
     and working_days_between(v.last_seen, cast(:period_end as date)) < :cp_visit_working_days
    then 1 else 0
  end                                                   as numerator,
  1                                                     as denominator
from cp_plan p
-- the last seen visit of each plan, worked out for all plans at once (a per-plan lookup would
-- scan the visits once for every plan: cp_visit has no index on the plan)
left join (
  select cv.cp_plan_id, max(cv.visit_date) as last_seen
  from cp_visit cv
  join cp_plan vp on vp.snapshot_id = :snapshot_id and vp.cp_plan_id = cv.cp_plan_id
  where cv.snapshot_id = :snapshot_id
    and cv.seen
    and cv.visit_date between vp.cpp_start_date and :period_end
  group by cv.cp_plan_id
) v on v.cp_plan_id = p.cp_plan_id
where p.snapshot_id = :snapshot_id
  and p.cpp_start_date <= :period_end
  and (p.cpp_end_date is null or p.cpp_end_date > :period_end)
  and working_days_between(p.cpp_start_date, cast(:period_end as date)) >= :cp_visit_working_days
