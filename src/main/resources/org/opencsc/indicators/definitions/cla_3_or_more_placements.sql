-- indicator: cla_3_or_more_placements
-- title: Children looked after with 3 or more placements in the period
-- group: children-in-care
-- description: Of the children looked after on the period's last day, the share who had three or
--   more placements during the period (former NI 62, the DfE's short-term placement stability
--   measure). The children are those of cla_at_period_end (an SSDA903 episode open on the last
--   day, short breaks V3/V4 and children of 18 or over left out). A placement is a run of episodes
--   in care: every episode starts a new placement except one whose reason for new episode (RNE)
--   is L, a change of legal status only (P and B change placement and carer, T and U placement but
--   not carer, S starts care; each is a new placement in the SSDA903). A placement counts for the
--   period when the child was in it on any day of it: so the placement the child was in on the
--   period's first day counts as one of the period's placements, as the DfE counts it, and one
--   that ended on that day does not (episodes run from DECOM up to the day before DEC).
--   Placements in earlier periods of care within the period count too; short-break episodes
--   (V3/V4) are not placements. Temporary placements (PLACE T0-T4: holidays, hospital, short
--   absences) are counted as the SSDA903 records them: we found nothing in the DfE's published
--   methodology that removes them.
-- source: DfE Children looked after in England including adoptions, "Children looked after at
--   31 March by characteristics" (number of placements during the year; formerly table A1) and
--   Stability measures for children looked after in England, "Placement stability by local
--   authority" (CLA on 31 March with three or more placements during the year); former national
--   indicator NI 62; SSDA903 Episodes DECOM, DEC, RNE, LS
-- numerator: children looked after on the period's last day who were in 3 or more placements during
--   the period
-- denominator: children looked after on the period's last day (short breaks and children of 18 or
--   over left out)
-- unit: percent
-- polarity: lower
-- subject: child
--
-- Rows: one per child looked after on the period's last day, the episode open that day;
-- attributed to the worker who held the case that day. start_date is the first day of the earliest
-- placement counted (the one in progress on the period's first day, if any).
with episode as (
  select e.*,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
numbered as (
  select e.*,
         sum(case when e.rne <> 'L' or e.previous_dec is distinct from e.decom
                  then 1 else 0 end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as placement_no
  from episode e
),
placement as (
  select n.child_id,
         n.placement_no,
         min(n.decom)                                             as placement_start,
         case when bool_or(n.dec is null) then null else max(n.dec) end as placement_end
  from numbered n
  group by n.child_id, n.placement_no
),
in_period as (
  select p.child_id,
         count(*)               as placements,
         min(p.placement_start) as first_start,
         string_agg(p.placement_start::text, ', ' order by p.placement_start) as starts
  from placement p
  where p.placement_start <= :period_end
    and (p.placement_end is null or p.placement_end > :period_start)
  group by p.child_id
),
at_end as (
  select e.*
  from episode e
  -- the child looked up by key for each row: joined plainly, the planner read all the
  -- council's children into a hash for a few thousand rows (0.1-0.3 s on national)
  join lateral (
    select * from child ch where ch.snapshot_id = :snapshot_id and ch.child_id = e.child_id offset 0
  ) ch on true
  where e.decom <= :period_end
    and (e.dec is null or e.dec > :period_end)
    and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
        > :period_end
)
select
  a.child_id,
  a.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  ip.first_start                                        as start_date,
  a.dec                                                 as end_date,
  ip.placements || case when ip.placements = 1 then ' placement' else ' placements' end
    || ' in the period, begun ' || ip.starts            as detail,
  case when ip.placements >= 3 then 1 else 0 end        as numerator,
  1                                                     as denominator
from at_end a
join in_period ip on ip.child_id = a.child_id
