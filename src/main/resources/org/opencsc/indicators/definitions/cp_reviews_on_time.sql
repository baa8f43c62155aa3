-- indicator: cp_reviews_on_time
-- title: Child protection plans reviewed within the required timescales
-- group: child-protection
-- description: Of the child protection plans that had lasted at least three months, the share whose
--   review conferences were all held on time (former NI 67, "child protection cases which were
--   reviewed within required timescales"; the DfE's table D6). Working Together: the first review
--   conference within three months of the initial conference, which is the plan's start date
--   (CPPstartDate), then further reviews at intervals of not more than six months while the plan
--   lasts. The plans counted, as NI 67 counted them: plans open at the period end that had by then
--   lasted at least three months (start plus 3 calendar months on or before the period end), and
--   plans that ended in the period having lasted at least three months. The DfE's D6 since 2013
--   counts only the first kind (children on a plan at 31 March for at least three months). A plan
--   is on time when, over its whole life up to its end or the period end (a choice: the published
--   definitions do not say whether a late review before the period counts; here it does, as the
--   plan was not "reviewed within required timescales"), every review was held by
--   its due date (the first by the start plus 3 calendar months, each later one by the previous
--   review plus 6 calendar months; held on the due date itself is on time) and no review fell
--   overdue while the plan was open: a review is overdue when the plan was still open at the end of
--   its due date, a plan open at the period end being open at the end of that day (the data
--   includes the day's reviews). So a plan open at the period end whose review was due on that
--   day and not held is late, while a plan that ended on its due date without a review is not (it
--   was not open at the end of that day, as a plan ending on 31 March is not open at 31 March).
--   Reviews after the period end are not looked at. Plans, not children: a child whose plan ended
--   in the period and who is on a new one at its end can have two rows.
-- source: DfE Children in need statistics, table D6 (child protection plans reviewed within the
--   required timescales); former National Indicator 67; Working Together to Safeguard Children
--   (review conference timescales); CIN census ChildProtectionPlans CPPstartDate, CPPendDate and
--   Reviews CPPreviewDate.
-- numerator: plans of at least three months, open at the period end or ended in the period, whose
--   first review was held within 3 months of the start, each later review within 6 months of the
--   one before, and none overdue while the plan was open up to the period end
-- denominator: child protection plans open at the period end or ended in the period that had lasted
--   at least three months
-- unit: percent
-- polarity: higher
-- subject: child
--
-- Rows: one per plan; event date the period end for a plan still open then (counted for the worker
-- holding the case that day), the plan's end date for one that ended in the period.
with plan as (
  select
    p.child_id,
    p.cp_plan_id,
    p.cpp_start_date,
    p.cpp_end_date,
    case when p.cpp_end_date <= :period_end then p.cpp_end_date
         else cast(:period_end as date) end             as stop
  from cp_plan p
  where p.snapshot_id = :snapshot_id
    and p.cpp_start_date <= :period_end
    and (
         ((p.cpp_end_date is null or p.cpp_end_date > :period_end)
          and p.cpp_start_date + interval '3 months' <= :period_end)
      or (p.cpp_end_date between :period_start and :period_end
          and p.cpp_end_date >= p.cpp_start_date + interval '3 months')
    )
),
review as (
  -- each review held during the plan up to its stop, with the date it was due by
  select
    pl.cp_plan_id,
    r.cpp_review_date                                   as held,
    case when row_number() over w = 1
         then (pl.cpp_start_date + interval '3 months')::date
         else (lag(r.cpp_review_date) over w + interval '6 months')::date
    end                                                 as due
  from plan pl
  join cp_review r
    on r.snapshot_id = :snapshot_id
   and r.cp_plan_id = pl.cp_plan_id
   and r.cpp_review_date between pl.cpp_start_date and pl.stop
  window w as (partition by pl.cp_plan_id order by r.cpp_review_date, r.cp_review_id)
),
summary as (
  -- per plan, all at once: how many reviews, the last, and the first held after it was due
  select
    r.cp_plan_id,
    count(*)                                            as reviews,
    max(r.held)                                         as last_held,
    min(r.held) filter (where r.held > r.due)           as late_held,
    (array_agg(r.due order by r.held) filter (where r.held > r.due))[1] as late_due
  from review r
  group by r.cp_plan_id
)
select
  pl.child_id,
  pl.cp_plan_id                                         as record_id,
  pl.stop                                               as event_date,
  pl.cpp_start_date                                     as start_date,
  pl.cpp_end_date                                       as end_date,
  case
    when late.held is not null
      then 'late: review due by ' || to_char(late.due, 'YYYY-MM-DD') || ' held on '
           || to_char(late.held, 'YYYY-MM-DD')
    when nxt.overdue
      then 'late: review due by ' || to_char(nxt.due, 'YYYY-MM-DD') || ' not held by '
           || case when pl.stop = pl.cpp_end_date then 'the plan''s end ' else 'the period end ' end
           || to_char(pl.stop, 'YYYY-MM-DD')
    else 'on time: ' || nxt.reviews || ' review(s); next due by ' || to_char(nxt.due, 'YYYY-MM-DD')
  end                                                   as detail,
  case when late.held is null and not nxt.overdue then 1 else 0 end as numerator,
  1                                                     as denominator
from plan pl
left join summary s on s.cp_plan_id = pl.cp_plan_id
cross join lateral (select s.late_held as held, s.late_due as due) late
cross join lateral (
  -- the review due after the last one held (or the first, when none was)
  select
    coalesce(s.reviews, 0)                              as reviews,
    coalesce((s.last_held + interval '6 months')::date,
             (pl.cpp_start_date + interval '3 months')::date) as due
) due_next
cross join lateral (
  -- overdue: the plan was still open at the end of the due date (up to the period end)
  select
    due_next.reviews,
    due_next.due,
    due_next.due <= :period_end
      and (pl.cpp_end_date is null or pl.cpp_end_date > due_next.due) as overdue
) nxt
