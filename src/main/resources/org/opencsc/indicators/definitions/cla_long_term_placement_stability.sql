-- indicator: cla_long_term_placement_stability
-- title: Children looked after long term in the same placement for 2 years
-- group: children-in-care
-- description: Of the children looked after on the period's last day, aged under 16 that day and
--   looked after continuously for at least two and a half years, the share who have lived with the
--   same carers for at least two years, or who are placed for adoption and whose adoptive
--   placement together with the placement before it has lasted two years (former NI 63, the DfE's
--   long-term placement stability measure). Looked after on the last day as in cla_at_period_end
--   (an SSDA903 episode open that day, short breaks V3/V4 left out). Aged under 16: the 16th
--   birthday is after the last day (a child who turns 16 on the last day is 16). Continuously for
--   two and a half years: the child's current period of care (episodes following one another
--   without a gap, short breaks not counted as care) began at least 30 months before the day after
--   the last day (on or before 1 October 2022 for 31 March 2025). Same carers for two years: the
--   placement began on or before the same day two years back (1 April 2023 for 31 March 2025).
--   The current placement begins at the latest episode whose reason for new episode (RNE) changes
--   the carers (S, P or B); an episode with RNE L (legal status only), T or U (placement changed,
--   same carers) continues it, as the DfE's measure counts children "living with the same carer".
--   Placed for adoption: when the current placement with these carers is an adoptive placement
--   (PLACE A3-A6) that began with a change of carers, it is counted from the start of the
--   placement before it in the same period of care.
-- source: DfE Stability measures for children looked after in England, "Placement stability by
--   local authority" (children aged under 16 looked after continuously for at least 2.5 years on
--   31 March, living with the same carer for at least 2 years; England 2024: 68%); former national
--   indicator NI 63; SSDA903 Episodes DECOM, DEC, RNE, LS, PLACE and Header DOB
-- numerator: those in the denominator whose placement with their current carers (or adoptive
--   placement with the placement before it) began at least 2 years before the day after the
--   period's last day
-- denominator: children looked after on the period's last day, aged under 16 that day, whose
--   current period of care began at least 2.5 years before the day after the last day
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per child in the denominator, the episode open on the period's last day; attributed to
-- the worker who held the case that day. start_date is the day the placement counted began.
with episode as (
  select e.child_id, e.episode_id, e.decom, e.dec, e.rne, e.place,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
flagged as (
  select e.*,
         e.rne = 'S' or e.previous_dec is distinct from e.decom as new_care,
         e.rne in ('S', 'P', 'B') or e.previous_dec is distinct from e.decom as new_carers
  from episode e
),
-- in one pass over each child's episodes in date order: the period of care and the placement
-- with the same carers each episode belongs to (numbered), and the day each began (the latest
-- start so far)
numbered as (
  select f.*,
         sum(case when f.new_care then 1 else 0 end) over w            as care_period,
         sum(case when f.new_carers then 1 else 0 end) over w          as carer_no,
         max(case when f.new_care then f.decom end) over w             as care_start,
         max(case when f.new_carers then f.decom end) over w           as carer_start
  from flagged f
  window w as (partition by f.child_id order by f.decom, f.dec nulls last, f.episode_id)
),
in_scope as (
  select n.*
  from numbered n
  -- the child looked up by key for each row: joined plainly, the planner read all the
  -- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
  join lateral (
    select * from child ch where ch.snapshot_id = :snapshot_id and ch.child_id = n.child_id offset 0
  ) ch on true
  where n.decom <= :period_end
    and (n.dec is null or n.dec > :period_end)
    and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '16 years')::date
        > :period_end
    and n.care_start
        <= (cast(:period_end as date) + interval '1 day' - interval '30 months')::date
),
-- for those children only: the placement with their current carers began with an episode whose
-- PLACE says whether it was adoptive, and the placement before it in the same period of care
with_carers as (
  select i.episode_id,
         max(s.place) filter (where s.carer_no = i.carer_no)          as carer_first_place,
         max(s.carer_start) filter (where s.carer_no < i.carer_no)     as previous_carer_start
  from in_scope i
  join numbered s
    on s.child_id = i.child_id
   and s.care_period = i.care_period
   and s.carer_no <= i.carer_no
   and s.new_carers
  group by i.episode_id
),
at_end as (
  select i.*,
         case
           when i.place in ('A3', 'A4', 'A5', 'A6')
            and c.carer_first_place in ('A3', 'A4', 'A5', 'A6')
            and c.previous_carer_start is not null
             then c.previous_carer_start
           else i.carer_start
         end                                                as stable_since
  from in_scope i
  join with_carers c on c.episode_id = i.episode_id
)
select
  a.child_id,
  a.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  a.stable_since                                        as start_date,
  a.dec                                                 as end_date,
  'looked after since ' || a.care_start || ', with the same carers since ' || a.stable_since
    || case when a.stable_since <> a.carer_start
            then ' (adoptive placement from ' || a.carer_start || ' with the placement before it)'
            else '' end                                 as detail,
  case when a.stable_since
            <= (cast(:period_end as date) + interval '1 day' - interval '2 years')::date
       then 1 else 0 end                                as numerator,
  1                                                     as denominator
from at_end a
