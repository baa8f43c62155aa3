-- indicator: icpc_within_15_working_days
-- title: Initial child protection conferences within 15 working days
-- group: assessment
-- description: Of the initial child protection conferences held in the period, the share held
--   within 15 working days of the strategy discussion that started the section 47 enquiry: the DfE's
--   ICPC timeliness (England 2025: 81.4% of 72,100, worked out from the published duration bands;
--   median 14 working days). The duration is the number of working days after the enquiry's start
--   up to and including the conference date, weekends and England and Wales bank holidays not
--   counted; 15 or fewer is on time. Each enquiry's conference counts once, a child with two in the
--   period counting twice. As the DfE does, only conferences "with a valid duration" are counted:
--   one dated before its enquiry's start (which OpenCSC's data cannot hold) would be left out.
--   Enquiries that needed no conference, or whose conference has not been held, are not in this
--   measure. The CIN census keeps conferences of children transferring in from another authority
--   apart; OpenCSC's data does not mark them, so they count here like any other.
-- source: DfE Characteristics of children in need, table C4 "Section 47 enquiries and initial
--   child protection conferences" (duration between the start of the section 47 enquiry and the
--   initial child protection conference: "with a valid duration"; CIN census S47ActualStartDate and
--   DateOfInitialCPC); Working Together to Safeguard Children (within 15 working days of the
--   strategy discussion); working days from OpenCSC's calendar (GOV.UK England and Wales bank
--   holidays)
-- numerator: initial child protection conferences held in the period within 15 working days of the
--   section 47 enquiry's start
-- denominator: initial child protection conferences held in the period (DateOfInitialCPC in the
--   period, on or after the enquiry's start)
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per section 47 enquiry whose initial conference was held in the period, attributed to
-- the worker who held the child's case on the conference date or, failing that, the first
-- allocated after it.
select
  s.child_id,
  s.section47_id                                        as record_id,
  s.date_of_initial_cpc                                 as event_date,
  s.s47_actual_start_date                               as start_date,
  s.date_of_initial_cpc                                 as end_date,
  case
    when w.days = 0 then 'conference the day the enquiry started'
    when w.days = 1 then 'conference 1 working day after the strategy discussion'
    else 'conference ' || w.days || ' working days after the strategy discussion'
  end                                                   as detail,
  case when w.days <= 15 then 1 else 0 end              as numerator,
  1                                                     as denominator
from section47 s
cross join lateral (
  select working_days_between(s.s47_actual_start_date, s.date_of_initial_cpc) as days
) w
where s.snapshot_id = :snapshot_id
  and s.date_of_initial_cpc between :period_start and :period_end
  and s.date_of_initial_cpc >= s.s47_actual_start_date
