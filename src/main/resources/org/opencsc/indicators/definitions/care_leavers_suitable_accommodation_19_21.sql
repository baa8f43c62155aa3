-- indicator: care_leavers_suitable_accommodation_19_21
-- title: Care leavers aged 19 to 21 in suitable accommodation
-- group: care-leavers
-- description: Of the care leavers whose 19th, 20th or 21st birthday fell in the period, the share
--   whose accommodation around that birthday the council judged suitable: an OC3 ACCOM code ending
--   in 1 (B1 with parents or relatives, D1 semi-independent, U1 independent living and so on). A
--   code ending in 2 is not suitable, and 0 or blank (not known, usual when the council is not in
--   touch) counts as not suitable, as the DfE's "no information" does. This is the DfE's OC3
--   cohort, published as "care leavers now aged 19 to 21" (former relevant children: looked after
--   for at least 13 weeks from the age of 14, some of it after the 16th birthday). Each young
--   person counts once per birthday in the period, by the council's latest OC3 contact about that
--   birthday made by the end of the period; a contact is about the birthday nearest its date (the
--   birthday no more than six months after or before it). The code counts whether or not the
--   council was in touch (a third party may have told it). As in the DfE's tables, young people who
--   have died (IN_TOUCH DIED) or returned home to their parents for six months or more (RHOM) are
--   left out; those who refuse contact (REFU), no longer require services (NREQ) or are not in
--   touch (NO) stay in the cohort. A care leaver with no OC3 contact about a birthday in the period
--   is not in the cohort (the return lists the cohort).
-- source: DfE Children looked after in England including adoptions, care leavers aged 19 to 21
--   (SSDA903 OC3 ACCOM (letter = type, 1 suitable, 2 not suitable, 0 not known); England 2019: 85%
--   of 19- to 21-year-olds in suitable accommodation (25,030 of 29,470; EES table tool, "Care
--   leavers by whether their accommodation is suitable"); Header DOB; IN_TOUCH for the exclusions,
--   as the EES footnote has it, figures exclude young people who have died since leaving care,
--   returned home to parents for a continuous period of at least six months, or whose care
--   transferred to another local authority); SSDA903 rule 391: OC3 is for young people who were 17
--   to 21 in the collection year
-- numerator: care leavers in the cohort whose ACCOM ends in 1 (suitable)
-- denominator: care leavers whose 19th, 20th or 21st birthday fell in the period, with an OC3
--   contact about it, less those who died or returned home
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per young person and birthday, dated that birthday (the event date that decides who
-- held the case: the personal adviser's allocation on the birthday).
with contact as (
  select l.care_leaver_contact_id, l.child_id, l.contact_date, l.in_touch, l.activ, l.accom,
         a.age, (c.person_birth_date + make_interval(years => a.age))::date as birthday
  from care_leaver_contact l
  -- the child looked up by key for each row: joined plainly, the planner read all the
  -- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
  join lateral (
    select * from child c where c.snapshot_id = l.snapshot_id and c.child_id = l.child_id offset 0
  ) c on true
  cross join lateral (
    select extract(year from age(l.contact_date + interval '6 months', c.person_birth_date))::int
             as age
  ) a
  where l.snapshot_id = :snapshot_id
    and l.contact_date <= :period_end
),
cohort as (
  select distinct on (child_id, birthday) *
  from contact
  where age in (19, 20, 21)
    and birthday between :period_start and :period_end
  order by child_id, birthday, contact_date desc, care_leaver_contact_id desc
)
select
  k.child_id,
  k.care_leaver_contact_id                              as record_id,
  k.birthday                                            as event_date,
  k.contact_date                                        as start_date,
  null::date                                            as end_date,
  format('ACCOM %s about the %s%s birthday', coalesce(k.accom, 'blank'), k.age,
         case k.age when 21 then 'st' else 'th' end) as detail,
  case when k.accom ~ '^[A-Z]1$' then 1 else 0 end as numerator,
  1                                                     as denominator
from cohort k
where k.in_touch not in ('DIED', 'RHOM')
