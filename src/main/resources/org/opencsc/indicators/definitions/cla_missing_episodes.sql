-- indicator: cla_missing_episodes
-- title: Children looked after who went missing in the period
-- group: children-in-care
-- description: Of the children looked after at any time during the period, the share who had a
--   missing incident that began in the period, as the DfE reports children who went missing.
--   Looked after during the period: an SSDA903 episode with DECOM on or before the period's last
--   day and DEC on or after its first day or blank (as the DfE's validator reads "during the
--   year"), short breaks (legal status V3/V4) left out as the DfE leaves them out. Missing: an
--   SSDA903 Missing record with MISSING = M ("not at their placement or a place they are expected
--   to be and their whereabouts is not known") whose MIS_START falls in the period, on a day the
--   child was in care (from an episode's DECOM up to its DEC). Away from placement without
--   authorisation (MISSING = A: whereabouts known) does not count, as it does not in the DfE's
--   missing figure; some councils record every incident as M, which the DfE says inflates it.
--   A child counts once however many incidents they had. England, year to 31 March 2025: 115,410
--   children looked after during the year.
-- source: DfE Children looked after in England including adoptions, "CLA who were missing or away
--   from placement without authorisation" (official statistics; children looked after during the
--   year, excluding an agreed series of short-term placements); SSDA903 Missing MISSING,
--   MIS_START; SSDA903 Episodes DECOM, DEC, LS; SSD ssd_missing
-- numerator: children in the denominator with a missing incident (MISSING = M) that began in the
--   period while they were in care
-- denominator: children looked after at any time during the period (short breaks left out)
-- unit: percent
-- polarity: lower
-- subject: child
--
-- Rows: one per child looked after during the period: the first missing incident of the period
-- for a child who went missing, otherwise the child's last episode in the period. event_date is
-- the last day the child was in care in the period (the period's last day, or the day before DEC),
-- so the row counts for the worker holding the case then.
with episode as (
  select e.*
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
during as (
  select e.child_id,
         (array_agg(e.episode_id order by e.decom desc, e.episode_id desc))[1] as last_episode,
         min(e.decom)                                                          as first_decom,
         case when bool_or(e.dec is null or e.dec > :period_end) then null
              else max(e.dec) end                                              as last_dec
  from episode e
  where e.decom <= :period_end
    and (e.dec is null or e.dec >= :period_start)
  group by e.child_id
),
missing as (
  select m.child_id,
         count(*)                                                         as incidents,
         min(m.mis_start)                                                 as first_start,
         (array_agg(m.missing_episode_id order by m.mis_start, m.missing_episode_id))[1]
                                                                          as first_incident
  from missing_episode m
  where m.snapshot_id = :snapshot_id
    and m.missing = 'M'
    and m.mis_start between :period_start and :period_end
    and exists (select 1
                  from episode e
                 where e.child_id = m.child_id
                   and e.decom <= m.mis_start
                   and (e.dec is null or e.dec > m.mis_start))
  group by m.child_id
)
select
  d.child_id,
  coalesce(m.first_incident, d.last_episode)            as record_id,
  case when d.last_dec is null then cast(:period_end as date)
       else greatest(d.last_dec - 1, cast(:period_start as date)) end as event_date,
  greatest(d.first_decom, cast(:period_start as date))  as start_date,
  d.last_dec                                            as end_date,
  case when m.child_id is null then 'not missing in the period'
       else 'missing ' || m.incidents
              || case when m.incidents = 1 then ' time' else ' times' end
              || ' in the period, first from ' || m.first_start
  end                                                   as detail,
  case when m.child_id is not null then 1 else 0 end    as numerator,
  1                                                     as denominator
from during d
left join missing m on m.child_id = d.child_id
