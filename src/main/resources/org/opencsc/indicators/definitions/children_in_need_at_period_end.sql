-- indicator: children_in_need_at_period_end
-- title: Children in need at the period's end
-- group: children-in-need
-- description: Children with an episode of need open on the period's last day (31 March for the
--   DfE's year): the DfE's "children in need at 31 March" (England 2024: 399,460). An episode opens
--   with the referral and stays open until its CIN closure date; it is open on the last day when it
--   began on or before it and has no closure date or one after it. The DfE treats a closure dated
--   31 March itself as ending the episode in the year (the census takes only closure dates within
--   the year, rule 8620, and counts at 31 March the episodes with none), so a case closed on the
--   last day is not counted. Each child counts once however many episodes are open; a referral
--   closed with no further action is not an open episode (census rule 8815). As the DfE counts,
--   children on child protection plans and looked-after children count through their open
--   episode, and so do unborn children (the DfE's tables by age include "Unborn") and young people
--   aged 18 or over still receiving services (the census guide asks for them).
-- source: DfE Characteristics of children in need, table A1 "Children in need at 31 March"; data
--   set A4 "Children in need by ethnicity, age and gender" (an "Unborn" age group); CIN census guide
--   (unborn children and young people aged 18 or over are in scope); CIN census CINreferralDate,
--   CINclosureDate, ReferralNFA; validation rules 8620 and 8815
-- numerator: children with an episode of need open on the period's last day
-- denominator: none (a count)
-- unit: count
-- polarity: neither
-- subject: child
-- volume: high
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
