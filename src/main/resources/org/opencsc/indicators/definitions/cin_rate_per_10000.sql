-- indicator: cin_rate_per_10000
-- title: Children in need per 10,000 children
-- group: children-in-need
-- description: Children with an episode of need open on the period's last day for every 10,000
--   children aged 0 to 17 in the area: the DfE's "rate of children in need at 31 March per 10,000
--   children" (England 2024: 332.9). The children are exactly those of children_in_need_at_period_end:
--   an episode open on the last day (begun on or before it, no closure date or one after it; a
--   closure dated the last day itself ends the episode, as the DfE counts), each child once, a
--   referral closed with no further action not an open episode, and children on protection plans,
--   looked-after children, unborn children and young people aged 18 or over still receiving
--   services all counted, as the DfE counts them. The child population is the council's configured
--   ONS mid-year estimate (opencsc.council.child-population), so the rate exists only for the whole
--   council; below it the figure is the number of children.
-- source: DfE Characteristics of children in need, table A1 "Children in need at 31 March" (rate
--   per 10,000 children aged under 18 on ONS mid-year population estimates); CIN census
--   CINreferralDate, CINclosureDate, ReferralNFA; validation rules 8620 and 8815
-- numerator: children with an episode of need open on the period's last day
-- denominator: children aged 0 to 17 in the area (configured child population)
-- unit: rate_per_10000
-- polarity: neither
-- subject: child
--
-- Rows: one per child, about the open episode (the latest, should a child wrongly have two), dated
-- the period's last day so that it counts for the worker holding the case then.
select distinct on (r.child_id)
  r.child_id,
  r.referral_id                                         as record_id,
  cast(:period_end as date)                             as event_date,
  r.cin_referral_date                                   as start_date,
  r.cin_closure_date                                    as end_date,
  'episode open since ' || to_char(r.cin_referral_date, 'YYYY-MM-DD')
    || case when r.child_id in (
              -- children not born by the last day, looked up in one hash of them all (every
              -- referral's child is in child: a foreign key)
              select c.child_id
              from child c
              where c.snapshot_id = :snapshot_id
                and (c.person_birth_date is null or c.person_birth_date > :period_end))
            then ', unborn' else '' end
                                                        as detail,
  1                                                     as numerator,
  0                                                     as denominator
from referral r
where r.snapshot_id = :snapshot_id
  and r.cin_referral_date <= :period_end
  and (r.cin_closure_date is null or r.cin_closure_date > :period_end)
  and not r.referral_nfa
order by r.child_id, r.cin_referral_date desc, r.referral_id desc
