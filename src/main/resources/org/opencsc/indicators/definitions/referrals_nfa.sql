-- indicator: referrals_nfa
-- title: Referrals closed with no further action
-- group: front-door
-- description: The share of referrals received in the period that were closed with no further
--   action at the referral stage, without an assessment: the DfE's "referrals which resulted in no
--   further action" (England 2025: 6.5%). Every referral dated in the period counts, whenever it was
--   closed; the flag is the CIN census ReferralNFA as recorded. Polarity neither: a high share can
--   mean referrals that should have been resolved at the contact stage, a low one a front door that
--   opens every referral to assessment; read it beside the share of contacts becoming referrals.
-- source: DfE Characteristics of children in need, table C1 "Referrals and re-referrals to
--   children's social care services" (Referrals which resulted in no further action); CIN census
--   CINreferralDate and ReferralNFA
-- numerator: referrals dated in the period with ReferralNFA
-- denominator: referrals whose referral date is in the period
-- unit: percent
-- polarity: neither
-- subject: child
-- volume: high
--
-- Rows: one per referral dated in the period, attributed to the worker who held the child's case
-- on the referral date or, failing that, the first allocated after it.
select
  r.child_id,
  r.referral_id                                         as record_id,
  r.cin_referral_date                                   as event_date,
  r.cin_referral_date                                   as start_date,
  r.cin_closure_date                                    as end_date,
  case when r.referral_nfa then 'closed with no further action' else 'not closed at referral' end as detail,
  case when r.referral_nfa then 1 else 0 end            as numerator,
  1                                                     as denominator
from referral r
where r.snapshot_id = :snapshot_id
  and r.cin_referral_date between :period_start and :period_end
