-- indicator: assessments_nfa
-- title: Assessments ending in no further action
-- group: assessment
-- description: Of the assessments authorised (completed) in the period, the share that found the
--   child not in need of children's social care services: no further action. The DfE publishes the
--   referral-based counterpart ("referrals which resulted in an assessment and the child was
--   assessed not to be in need", England 2025: 30.8%); this local measure counts assessments, as
--   Ofsted's Annex A list 4 does ("Was the child assessed as requiring LA children's social care
--   support?"), every assessment authorised in the period once, a child assessed twice counting
--   twice. An authorised assessment without a recorded outcome stays in the denominator and out of
--   the numerator (its row says so), so a gap in recording shows rather than vanishes. Neither
--   direction is better in itself: many assessments ending in no further action can mean a front
--   door sending on cases that did not need one, few can mean thresholds set high.
-- source: Ofsted Annex A list 4 (Continuous Assessment Date of Authorisation; Was the child
--   assessed as requiring LA children's social care support?); SSD ssd_cin_assessments
--   (cina_assessment_auth_date, cina_assessment_outcome_nfa); CIN census
--   AssessmentAuthorisationDate; DfE Characteristics of children in need table C1 for the
--   referral-based national figure
-- numerator: assessments authorised in the period whose outcome is that the child is not in need
--   (no further action)
-- denominator: assessments authorised in the period
-- unit: percent
-- polarity: neither
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
    when a.child_in_need is null then 'outcome not recorded'
    when a.child_in_need then 'child in need'
    else 'no further action: not in need'
  end                                                   as detail,
  case when a.child_in_need = false then 1 else 0 end   as numerator,
  1                                                     as denominator
from assessment a
where a.snapshot_id = :snapshot_id
  and a.assessment_authorisation_date between :period_start and :period_end
