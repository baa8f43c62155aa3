-- indicator: cla_statutory_visits_on_time
-- title: Children looked after whose statutory visits are up to date
-- group: children-in-care
-- description: Of the children looked after on the period's last day, the share who are not
--   overdue a statutory social work visit that day under the Care Planning, Placement and Case
--   Review (England) Regulations 2010, regulation 28: a visit within one week of the start of any
--   placement, then at intervals of not more than six weeks in the first year of the placement.
--   Looked after on the last day as in cla_at_period_end (an SSDA903 episode open that day,
--   short breaks V3/V4, which have their own visiting rules, and children of 18 or over left
--   out). A visit counts when the child was seen (cla_visit.seen). The current placement begins at
--   the latest episode in the current period of care whose reason for new episode is not L
--   (legal status only). The next visit is due 7 days after the placement began when the child
--   has not been seen since, otherwise 42 days (six weeks) after the last visit on or after that
--   day; the child is up to date when that date is on or after the period's last day (a visit due
--   on the last day is not yet overdue). Simplifications: after a placement's first year the
--   regulation allows three months where the placement is intended to last until the child is
--   18, which the data cannot tell, so six weeks applies throughout (stricter than the law for
--   settled long-term placements); the weekly visits until the first review that regulation 28
--   asks for a child placed under regulation 19 (with parents) or 24 (a connected person on
--   temporary approval) are not checked; the intervals are calendar days, not working days.
-- source: Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959),
--   regulation 28 (https://www.legislation.gov.uk/uksi/2010/959/regulation/28); Ofsted Annex A
--   list 8 "Date of Last Social Work Visit"; SSD ssd_cla_visits; SSDA903 Episodes DECOM, DEC, RNE,
--   LS
-- numerator: children looked after on the period's last day whose next statutory visit (7 days
--   after the placement began if not seen since, else 42 days after the last visit) is not
--   before that day
-- denominator: children looked after on the period's last day (short breaks and children of 18 or
--   over left out)
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per child looked after on the period's last day, the episode open that day;
-- attributed to the worker who held the case that day. start_date is the day the current
-- placement began.
with episode as (
  select e.child_id, e.episode_id, e.decom, e.dec, e.rne,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
-- placement_start: the start of the episode that began the current placement (an episode whose
-- RNE is not L, or one after a gap); the episodes are in date order, so it is the latest such
-- start so far
placed as (
  select e.*,
         max(case when e.rne <> 'L' or e.previous_dec is distinct from e.decom then e.decom end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as placement_start
  from episode e
),
at_end as (
  select p.*
  from placed p
  -- the child looked up by key for each row: joined plainly, the planner read all the
  -- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
  join lateral (
    select * from child ch where ch.snapshot_id = :snapshot_id and ch.child_id = p.child_id offset 0
  ) ch on true
  where p.decom <= :period_end
    and (p.dec is null or p.dec > :period_end)
    and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
        > :period_end
),
last_seen as (
  -- each child's last visit seen up to the last day, for all children at once in one pass
  -- (cla_visit has no index on the child); it is in the current placement when on or after the
  -- day the placement began
  select v.child_id, max(v.visit_date) as last_visit
  from cla_visit v
  where v.snapshot_id = :snapshot_id
    and v.seen
    and v.visit_date <= :period_end
  group by v.child_id
),
due as (
  select a.*,
         l.last_visit,
         case when l.last_visit is null then a.placement_start + 7 else l.last_visit + 42 end
           as next_due
  from at_end a
  left join last_seen l
    on l.child_id = a.child_id
   and l.last_visit >= a.placement_start
)
select
  d.child_id,
  d.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  d.placement_start                                     as start_date,
  d.dec                                                 as end_date,
  case when d.last_visit is null
       then 'placed ' || d.placement_start || ', not seen since; first visit due by '
       else 'last seen ' || d.last_visit || '; next visit due by '
  end || d.next_due
    || case when d.next_due < :period_end
            then ' (' || (cast(:period_end as date) - d.next_due)
                 || case when cast(:period_end as date) - d.next_due = 1 then ' day' else ' days' end
                 || ' overdue)'
            else '' end                                 as detail,
  case when d.next_due >= :period_end then 1 else 0 end as numerator,
  1                                                     as denominator
from due d
