-- indicator: cla_placed_more_than_20_miles
-- title: Children looked after placed more than 20 miles from home
-- group: children-in-care
-- description: Of the children looked after on the period's last day whose placement distance is
--   known, the share placed more than 20 miles from home. Looked after on the last day as in
--   cla_at_period_end (an SSDA903 episode open that day, short breaks V3/V4 and children of 18 or
--   over left out); the distance is that of the placement open that day: the miles between the
--   home postcode (HOME_POST) and the placement postcode (PL_POST) as the DfE works them out
--   (pl_distance). More than 20 miles: a distance of exactly 20.0 miles is not. As the DfE does,
--   the children whose distance is unknown are left out of both sides: a postcode not recorded
--   or withheld (a confidential placement address, such as some adoptive placements), or a
--   distance not worked out.
-- source: DfE Children looked after in England including adoptions, placement location figures
--   (children looked after at 31 March by distance between home and placement; the DfE's answer
--   to parliamentary question HL11468, 2018: "These figures exclude children where the distance
--   of the placement is unknown") and the ad hoc release "Children looked after: a focus on
--   placement location"; SSDA903 Episodes HOME_POST, PL_POST, DECOM, DEC, LS
-- numerator: children looked after on the period's last day whose placement that day is more than
--   20 miles from home
-- denominator: children looked after on the period's last day whose placement distance is known
-- unit: percent
-- polarity: lower
-- subject: child
--
-- Rows: one per child with a known distance, the episode open on the period's last day (start_date
-- is that episode's DECOM); attributed to the worker who held the case that day.
select
  e.child_id,
  e.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  e.decom                                               as start_date,
  e.dec                                                 as end_date,
  'placement ' || e.place || ' ' || e.pl_distance || ' miles from home'
    || coalesce(' (' || e.home_post || ' to ' || e.pl_post || ')', '') as detail,
  case when e.pl_distance > 20 then 1 else 0 end        as numerator,
  1                                                     as denominator
from episode_of_care e
join child ch on ch.snapshot_id = :snapshot_id and ch.child_id = e.child_id
where e.snapshot_id = :snapshot_id
  and e.ls not in ('V3', 'V4')
  and e.decom <= :period_end
  and (e.dec is null or e.dec > :period_end)
  and (coalesce(ch.person_birth_date, ch.expected_person_birth_date) + interval '18 years')::date
      > :period_end
  and e.pl_distance is not null
