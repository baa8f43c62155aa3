-- indicator: re_referrals_within_12_months
-- title: Re-referrals within 12 months
-- group: front-door
-- description: The share of referrals received in the period that came within 12 months of a
--   previous referral of the same child: the DfE's "re-referrals within 12 months of a previous
--   referral" (England 2025: 22.6%). High levels may mean cases closed too early or help that did
--   not last. Every referral in the period is counted, a child referred three times counting three
--   times; the previous referral may be any earlier referral of the child in this council's data,
--   before the period or in it, whatever its outcome (one closed with no further action included).
--   The DfE says "within 12 months" without naming the boundary day; OpenCSC reads it in calendar
--   months, so a previous referral on or after the same date 12 months earlier counts (exactly 12
--   months to the day is a re-referral, even where a 29 February makes that 366 days) and one a day
--   earlier does not.
--   A referral on the same day as another of the same child is not a re-referral of it.
-- source: DfE Characteristics of children in need, table C1 "Referrals and re-referrals to
--   children's social care services" (Re-referrals within 12 months of a previous referral);
--   Children in need: a focus on re-referrals, methodology ("a re-referral occurs when a child is
--   referred within 12 months of a previous referral"); CIN census CINreferralDate
-- numerator: referrals in the period with a previous referral of the same child on or after the
--   same date 12 months before
-- denominator: referrals whose referral date is in the period
-- unit: percent
-- polarity: lower
-- subject: child
-- volume: high
--
-- Rows: one per referral dated in the period (naming the latest earlier referral in the 12 months),
-- attributed to the worker who held the child's case on the referral date or, failing that, the
-- first allocated after it.
select
  r.child_id,
  r.referral_id                                         as record_id,
  r.cin_referral_date                                   as event_date,
  r.cin_referral_date                                   as start_date,
  r.cin_closure_date                                    as end_date,
  case
    when p.referral_id is null then 'no referral in the 12 months before'
    else 'previous referral ' || p.referral_id || ' on ' || to_char(p.cin_referral_date, 'YYYY-MM-DD')
  end                                                   as detail,
  case when p.referral_id is null then 0 else 1 end     as numerator,
  1                                                     as denominator
from referral r
-- the latest earlier referral of the child in the 12 months before (the highest id on the day)
left join lateral (
  select e.referral_id, e.cin_referral_date
  from referral e
  where e.snapshot_id = :snapshot_id
    and e.child_id = r.child_id
    and e.cin_referral_date < r.cin_referral_date
    and e.cin_referral_date >= (r.cin_referral_date - interval '12 months')::date
  order by e.cin_referral_date desc, e.referral_id desc
  limit 1
) p on true
where r.snapshot_id = :snapshot_id
  and r.cin_referral_date between :period_start and :period_end
