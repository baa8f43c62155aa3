-- indicator: cla_health_assessments
-- title: Children looked after for 12 months with a health assessment in the period
-- group: children-in-care
-- description: Of the children looked after continuously for at least 12 months on the period's
--   last day (the SSDA903 OC2 cohort), the share who had a health assessment during the period.
--   Looked after on the last day as in cla_at_period_end (an SSDA903 episode open that day,
--   short breaks V3/V4 left out, as the DfE leaves them out of the OC2 figures, and children of 18
--   or over left out). Continuously for at least 12 months: the child's current period of care
--   (episodes following one another without a gap, short breaks not counted as care) began at
--   least 12 months before the day after the last day (on or before 1 April 2024 for 31 March
--   2025). The SSDA903 asks whether the child's annual health assessment is up to date
--   (HEALTH_ASSESSMENT); here that is a health assessment (health_check of type 'health_assessment')
--   dated on a day of the period: one the day before the period starts does not count. Statutory
--   guidance asks for a review health assessment every six months for a child under five: the
--   DfE measure, and this one, only ask for one in the year. England, 31 March 2015: 90%.
-- source: DfE Children looked after in England including adoptions, outcomes tables (children
--   looked after continuously for at least 12 months at 31 March by OC2 indicators: "whether the
--   child had their annual health assessment"; figures exclude children looked after under an
--   agreed series of short-term placements), SFR 34/2015 for England 2015; SSDA903 OC2
--   HEALTH_ASSESSMENT; SSD ssd_cla_health; SSDA903 Episodes DECOM, DEC, RNE, LS
-- numerator: children in the denominator with a health assessment dated in the period
-- denominator: children looked after on the period's last day whose current period of care began
--   at least 12 months before the day after the last day (short breaks and children of 18 or over
--   left out)
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per child in the cohort, the episode open on the period's last day; attributed to
-- the worker who held the case that day. start_date is the day the current period of care began.
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
),
cohort as (
  select i.*, h.last_check
  from in_care i
  -- the child looked up by key for each row: joined plainly, the planner read all the
  -- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
  join lateral (
    select * from child ch where ch.snapshot_id = :snapshot_id and ch.child_id = i.child_id offset 0
  ) ch on true
  -- each child's last check in the period, for all children at once (health_check has no index
  -- on the child: a lookup per child would scan every check once per child)
  left join (
    select hc.child_id, max(hc.check_date) as last_check
    from health_check hc
    where hc.snapshot_id = :snapshot_id
      and hc.check_type = 'health_assessment'
      and hc.check_date between :period_start and :period_end
    group by hc.child_id
  ) h on h.child_id = i.child_id
  where i.decom <= :period_end
    and (i.dec is null or i.dec > :period_end)
    and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
        > :period_end
    and i.care_start
        <= (cast(:period_end as date) + interval '1 day' - interval '12 months')::date
)
select
  c.child_id,
  c.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  c.care_start                                          as start_date,
  c.dec                                                 as end_date,
  'looked after since ' || c.care_start || '; '
    || coalesce('last health assessment ' || c.last_check, 'no health assessment in the period') as detail,
  case when c.last_check is not null then 1 else 0 end  as numerator,
  1                                                     as denominator
from cohort c
