-- indicator: cla_rate_per_10000
-- title: Children looked after per 10,000 children
-- group: children-in-care
-- description: Children looked after on the period's last day per 10,000 children aged 0 to 17
--   living in the council's area (the configured child population, ONS mid-year estimate), the
--   DfE's rate. The children are exactly those of cla_at_period_end: an SSDA903 episode open on
--   the last day (DECOM on or before it, DEC after it or blank), short breaks (legal status V3 or
--   V4) left out, children of 18 or over left out. The rate exists for the council only; below it
--   the rows are the children counted. England, 31 March 2025: 67 per 10,000 (81,770 children).
-- source: DfE Children looked after in England including adoptions, children looked after at
--   31 March and the rate per 10,000 children aged under 18; SSDA903 Episodes DECOM, DEC, LS and Header DOB; ONS mid-year
--   population estimate (opencsc.council.child-population)
-- numerator: children with an episode of care (legal status other than V3/V4) open on the period's
--   last day, aged under 18 that day
-- denominator: the council's child population aged 0 to 17 (configuration), per 10,000
-- unit: rate_per_10000
-- polarity: neither
-- subject: child
--
-- Rows: one per child, the episode open on the period's last day; attributed to the worker who
-- held the case that day.
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
join child ch on ch.snapshot_id = :snapshot_id and ch.child_id = i.child_id
where i.decom <= :period_end
  and (i.dec is null or i.dec > :period_end)
  and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
      > :period_end
