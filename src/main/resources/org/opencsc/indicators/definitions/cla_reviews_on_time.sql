-- indicator: cla_reviews_on_time
-- title: Children looked after whose statutory reviews were on time
-- group: children-in-care
-- description: Of the children looked after on the period's last day who had a statutory review
--   due in the period, the share for whom every review due in the period was held on time, under
--   the Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33: the
--   first review within 20 working days of the date the child became looked after, the second not
--   more than three months after the first, then at intervals of not more than six months.
--   Looked after on the last day as in cla_at_period_end (an SSDA903 episode open that day,
--   short breaks V3/V4, which are reviewed under regulation 48, and children of 18 or over left
--   out). Became looked after: the first day of the current period of care (episodes following
--   one another without a gap); reviews count from that day on. Each due date runs from the review
--   actually held before it (a late or an extra review moves the next one), so: the 1st review
--   is due by the 20th working day after the child became looked after (working days exclude
--   weekends and England and Wales bank holidays; the day care began is day 0), the 2nd by 3
--   calendar months after the 1st, each later one by 6 calendar months after the one before. A
--   review is due in the period when its due date falls in it; it was on time when held on or
--   before its due date. A review due in the period and not held by the period's last day is
--   late. Children with no review due in the period (new to care, or the next review due after
--   the period) are left out.
-- source: Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959),
--   regulation 33 (https://www.legislation.gov.uk/uksi/2010/959/regulation/33); SSDA903 Reviews
--   REVIEW; Ofsted Annex A list 8 "Date of Latest Statutory Review"; SSDA903 Episodes DECOM, DEC,
--   RNE, LS
-- numerator: children in the denominator every one of whose reviews due in the period was held on or
--   before its due date
-- denominator: children looked after on the period's last day with at least one review due in the
--   period
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per child in the denominator, the episode open on the period's last day; attributed
-- to the worker who held the case that day. start_date is the day the child became looked after.
with episode as (
  select e.child_id, e.episode_id, e.decom, e.dec, e.rne,
         lag(e.dec) over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as previous_dec
  from episode_of_care e
  where e.snapshot_id = :snapshot_id
    and e.ls not in ('V3', 'V4')
),
-- care_start: the start of the episode that began the current period of care (a new period
-- begins with RNE S or after a gap); the episodes are in date order, so it is the latest such
-- start so far
in_care as (
  select e.*,
         max(case when e.rne = 'S' or e.previous_dec is distinct from e.decom then e.decom end)
           over (partition by e.child_id order by e.decom, e.dec nulls last, e.episode_id)
           as care_start
  from episode e
),
at_end as (
  select i.*
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
),
-- the first review's due date, worked out once for each day care began
first_due as (
  select a.care_start, add_working_days(a.care_start, 20) as first_due
  from at_end a
  group by a.care_start
),
-- each child's reviews held in the current period of care up to the last day, in order (a child
-- with none: one row with no review)
held as (
  select a.child_id, a.episode_id, a.care_start, a.dec, f.first_due,
         r.review,
         row_number() over w as n,
         lag(r.review) over w as previous_review,
         lead(r.cla_review_id) over w is null as last_held
  from at_end a
  join first_due f on f.care_start = a.care_start
  left join cla_review r
    on r.snapshot_id = :snapshot_id
   and r.child_id = a.child_id
   and r.review between a.care_start and :period_end
  window w as (partition by a.child_id order by r.review, r.cla_review_id)
),
-- every review that fell due: each one held, and the next one after the last held
review_due as (
  select h.child_id, h.episode_id, h.care_start, h.dec, d.n, d.review,
         case
           when d.n = 1 then h.first_due
           when d.n = 2 then (d.previous_review + interval '3 months')::date
           else (d.previous_review + interval '6 months')::date
         end as due
  from held h
  cross join lateral (
    select h.n, h.review, h.previous_review where h.review is not null
    union all
    select case when h.review is null then 1 else h.n + 1 end, null::date, h.review
    where h.last_held
  ) d (n, review, previous_review)
),
in_period as (
  select d.*,
         d.review is not null and d.review <= d.due as on_time
  from review_due d
  where d.due between :period_start and :period_end
),
child_result as (
  select p.child_id,
         p.episode_id,
         p.care_start,
         p.dec,
         count(*)                          as due_count,
         bool_and(p.on_time)               as all_on_time,
         string_agg(
           'review ' || p.n || ' due by ' || p.due
             || coalesce(' held ' || p.review, ' not held'),
           '; ' order by p.n) filter (where not p.on_time) as late
  from in_period p
  group by p.child_id, p.episode_id, p.care_start, p.dec
)
select
  r.child_id,
  r.episode_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  r.care_start                                          as start_date,
  r.dec                                                 as end_date,
  case when r.all_on_time
       then r.due_count || case when r.due_count = 1 then ' review' else ' reviews' end
              || ' due in the period, all on time'
       else 'late: ' || r.late
  end                                                   as detail,
  case when r.all_on_time then 1 else 0 end             as numerator,
  1                                                     as denominator
from child_result r
