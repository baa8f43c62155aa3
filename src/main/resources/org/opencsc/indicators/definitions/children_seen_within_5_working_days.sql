-- indicator: children_seen_within_5_working_days
-- title: Children seen within 5 working days of referral
-- group: assessment
-- description: Of the children referred in the period whose referral led to an assessment, the
--   share seen by a social worker within the council's standard of working days from the referral
--   (opencsc.indicators.local-standards.seen-within-working-days, 5 unless configured). A local
--   measure with no national figure. One row per referral dated in the period with an assessment
--   started by the period's end; the child is seen on the first child-seen date recorded on any of
--   the referral's assessments up to the period's end. Seen in time: the number of working days
--   after the referral date up to and including that date (weekends and England and Wales bank
--   holidays not counted; the same day is 0) is at most the standard. A child not yet seen counts
--   as late once the standard's last working day has passed (the period's end falls on or after it)
--   and is left out while that day is still to come, so a referral in the period's last days is
--   neither praised nor blamed early. Referrals that led to no assessment are not in this measure.
-- source: Local standard (shared/docs/indicators.md: child seen within 5 working days of
--   referral); CIN census CINreferralDate; SSD ssd_cin_assessments cina_assessment_child_seen and
--   Ofsted Annex A list 4 (Child Seen During Continuous Assessment) as OpenCSC's
--   assessment.child_seen_date; working days from OpenCSC's calendar (GOV.UK England and Wales bank
--   holidays)
-- numerator: referrals in the period whose child was seen within the standard's working days of
--   the referral date
-- denominator: referrals in the period that led to an assessment started by the period's end,
--   seen or not, leaving out those not yet seen whose last working day to be seen is after the
--   period's end
-- unit: percent
-- polarity: higher
-- subject: child
-- volume: high
--
-- Rows: one per referral, dated the referral date, so attributed to the worker who held the child's
-- case then or, usually, the first allocated after it: the worker who had to see the child.
with referred as (
  select
    r.child_id,
    r.referral_id,
    r.cin_referral_date,
    min(a.child_seen_date) filter (where a.child_seen_date <= :period_end) as seen_date
  from referral r
  join assessment a
    on a.snapshot_id = :snapshot_id
   and a.referral_id = r.referral_id
   and a.assessment_actual_start_date <= :period_end
  where r.snapshot_id = :snapshot_id
    and r.cin_referral_date between :period_start and :period_end
  group by r.child_id, r.referral_id, r.cin_referral_date
),
-- the day a child not yet seen was due to be seen, worked out once for each referral date
due as (
  select f.cin_referral_date,
         add_working_days(f.cin_referral_date, :seen_within_working_days) as due_date
  from referred f
  where f.seen_date is null
  group by f.cin_referral_date
),
judged as (
  select
    f.*,
    d.due_date,
    working_days_between(f.cin_referral_date, f.seen_date)           as days
  from referred f
  left join due d
    on d.cin_referral_date = f.cin_referral_date
   and f.seen_date is null
)
select
  j.child_id,
  j.referral_id                                         as record_id,
  j.cin_referral_date                                   as event_date,
  j.cin_referral_date                                   as start_date,
  j.seen_date                                           as end_date,
  case
    when j.seen_date is null then 'not seen; due by ' || to_char(j.due_date, 'YYYY-MM-DD')
    when j.days < 0 then 'seen before the referral date'
    when j.days = 0 then 'seen the day of the referral'
    when j.days = 1 then 'seen after 1 working day'
    else 'seen after ' || j.days || ' working days'
  end                                                   as detail,
  case when j.days <= :seen_within_working_days then 1 else 0 end as numerator,
  1                                                     as denominator
from judged j
where j.seen_date is not null
   or j.due_date <= :period_end
