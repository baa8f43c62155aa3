-- indicator: referrals
-- title: Referrals
-- group: front-door
-- description: Referrals to children's social care received in the period, each opening an
--   episode of need for the child. A rise can mean more need or a front door passing on more.
-- source: DfE Children in need statistics, table C1 (CIN census CINreferralDate)
-- numerator: referrals whose referral date is in the period
-- denominator: none (a count)
-- unit: count
-- polarity: neither
-- subject: child
-- volume: high
--
-- Rows: one per referral dated in the period; attributed to the worker who held the child's case
-- on the referral date or, failing that, the first worker allocated after it.
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
