-- indicator: assessments_within_45_working_days
-- title: Assessments completed within 45 working days
-- group: assessment
-- description: Of the assessments authorised (completed) in the period, the share authorised within
--   45 working days of their start: the DfE's assessment timeliness (England 2025: 85.7% of 648,830,
--   worked out from the published duration bands; median 33 working days). The duration is the
--   number of working days after the actual start date up to and including the authorisation date,
--   England and Wales bank holidays and weekends not counted: an assessment authorised the day it
--   started takes 0 working days (the DfE's "same day" band), one started on a Friday and authorised
--   on the Monday 1; 45 or fewer is on time. Every assessment authorised in the period counts once,
--   however long ago it started; assessments not yet authorised are not in this measure, however
--   overdue (see the assessments due and overdue on the task lists). Working Together's 45 working
--   days run from the referral; the DfE measures, as here, from the assessment's start.
-- source: DfE Characteristics of children in need, table C2 "Assessments completed by duration
--   in working days" (CIN census AssessmentActualStartDate and AssessmentAuthorisationDate);
--   Working Together to Safeguard Children (maximum 45 working days); working days from OpenCSC's
--   calendar (GOV.UK England and Wales bank holidays)
-- numerator: assessments authorised in the period within 45 working days of their start
-- denominator: assessments authorised in the period
-- unit: percent
-- polarity: higher
-- subject: child
-- volume: high
--
-- Rows: one per assessment authorised in the period, attributed to the worker who held the child's
-- case on the authorisation date or, failing that, the first allocated after it.
select
  a.child_id,
  a.assessment_id                                       as record_id,
  a.assessment_authorisation_date                       as event_date,
  a.assessment_actual_start_date                        as start_date,
  a.assessment_authorisation_date                       as end_date,
  case
    when w.days = 0 then 'authorised the day it started'
    when w.days = 1 then 'authorised after 1 working day'
    else 'authorised after ' || w.days || ' working days'
  end                                                   as detail,
  case when w.days <= 45 then 1 else 0 end              as numerator,
  1                                                     as denominator
from assessment a
cross join lateral (
  select working_days_between(a.assessment_actual_start_date, a.assessment_authorisation_date) as days
) w
where a.snapshot_id = :snapshot_id
  and a.assessment_authorisation_date between :period_start and :period_end
