-- indicator: referral_rate_per_10000
-- title: Referrals per 10,000 children
-- group: front-door
-- description: Referrals to children's social care received in the period for every 10,000
--   children aged 0 to 17 living in the area, the DfE's "rate of referrals in the year per 10,000
--   children aged under 18 years". Every referral counts, a child referred twice counts twice,
--   referrals closed with no further action and referrals of unborn children included (as the
--   DfE counts them). The child population is the council's configured ONS mid-year estimate
--   (opencsc.council.child-population), so the rate exists only for the whole council; below it
--   the figure is the number of referrals.
-- source: DfE Characteristics of children in need, table C1 "Referrals and re-referrals to
--   children's social care services" (CIN census CINreferralDate), rates on ONS mid-year
--   population estimates for children aged 0 to 17
-- numerator: referrals whose referral date is in the period
-- denominator: children aged 0 to 17 in the area (configured child population)
-- unit: rate_per_10000
-- polarity: neither
-- subject: child
--
-- Rows: one per referral dated in the period (as referrals.sql), attributed to the worker who held
-- the child's case on the referral date or, failing that, the first allocated after it.
select
  r.child_id,
  r.referral_id                                         as record_id,
  r.cin_referral_date                                   as event_date,
  r.cin_referral_date                                   as start_date,
  r.cin_closure_date                                    as end_date,
  case when r.referral_nfa then 'closed with no further action' end as detail,
  1                                                     as numerator,
  0                                                     as denominator
from referral r
where r.snapshot_id = :snapshot_id
  and r.cin_referral_date between :period_start and :period_end
