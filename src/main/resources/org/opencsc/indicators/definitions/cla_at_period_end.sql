-- indicator: cla_at_period_end
-- title: Children looked after at the period end
-- group: children-in-care
-- description: Children looked after by the council on the period's last day (31 March for the
--   DfE's year), one row per child. A child is looked after on a day when an SSDA903 episode is
--   open on it: DECOM on or before the day and DEC after it or blank, so a child who ceased on
--   the last day is not counted, and one who started that day is. As the DfE does, children
--   looked after under an agreed series of short-term breaks (legal status V3 or V4) are left out.
--   Care ends at 18: an episode still open on or after the child's 18th birthday is not counted
--   (the SSDA903 validation refuses it). England, 31 March 2025: 81,770 (67 per 10,000).
-- source: DfE Children looked after in England including adoptions, "Children looked after at
--   31 March by characteristics" (formerly table A1; "figures exclude children looked after under
--   a series of short-term placements"); SSDA903 Episodes DECOM, DEC, LS, PLACE and Header DOB
-- numerator: children with an episode of care (legal status other than V3/V4) open on the period's
--   last day, aged under 18 that day
-- denominator: none (a count)
-- unit: count
-- polarity: neither
-- subject: child
--
-- Rows: one per child, the episode open on the period's last day; attributed to the worker who
-- held the case that day. start_date is the day the child's current period of care began (the
-- first of the episodes that follow one another without a gap).
with episode as (
  select e.*,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
care as (
  select e.*,
         sum(case when e.rne = 'S' or e.previous_dec is distinct from e.decom then 1 else 0 end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as care_period
  from episode e
),
in_care as (
  select c.*,
         min(c.decom) over (partition by c.child_id, c.care_period) as care_start
  from care c
)
select
  i.child_id,
  i.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  i.care_start                                          as start_date,
  i.dec                                                 as end_date,
  'looked after since ' || i.care_start || ', legal status ' || i.ls || ', placement '
    || i.place                                          as detail,
  1                                                     as numerator,
  0                                                     as denominator
from in_care i
-- the child looked up by key for each row: joined plainly, the planner read all the
-- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
join lateral (
  select * from child ch where ch.snapshot_id = :snapshot_id and ch.child_id = i.child_id offset 0
) ch on true
where i.decom <= :period_end
  and (i.dec is null or i.dec > :period_end)
  and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
      > :period_end
