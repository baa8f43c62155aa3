-- indicator: cp_plans_second_or_subsequent
-- title: Child protection plans starting in the period that were a second or subsequent plan
-- group: child-protection
-- description: Of the child protection plans that started in the period, the share whose child had
--   already been the subject of a child protection plan in this council, however long ago (former
--   NI 65). A plan is second or subsequent when the child has an earlier plan in the data (one that
--   ended on or before this plan's start: plans never overlap), or when the plan's own
--   NumberOfPreviousCPP is above 0 (earlier plans that predate the data). The DfE counts plans,
--   not children (table D3: plans starting during the year which were a second or subsequent
--   plan), and so does this: a child with two plans starting in the period has two rows, the
--   second always second or subsequent, the first only if the child had a plan before it. A plan
--   starting and ending on the same day is a plan like any other. A high figure can mean plans
--   end before the risk has gone; a very low one is not expected either.
-- source: DfE Children in need statistics, table D3 (child protection plans starting during the
--   year which were a second or subsequent plan); LG Inform metric 100 (formerly NI 65); CIN census
--   ChildProtectionPlans CPPstartDate, CPPendDate, NumberOfPreviousCPP.
-- numerator: plans starting in the period whose child had an earlier plan in this council (an
--   earlier plan row, or NumberOfPreviousCPP above 0)
-- denominator: child protection plans starting in the period
-- unit: percent
-- polarity: lower
-- subject: child
--
-- Rows: one per plan whose start date is in the period; event date the plan's start, so that it
-- counts for the worker who held the case when the plan began.
select
  p.child_id,
  p.cp_plan_id                                          as record_id,
  p.cpp_start_date                                      as event_date,
  p.cpp_start_date                                      as start_date,
  p.cpp_end_date                                        as end_date,
  case
    when e.cp_plan_id is not null
      then 'earlier plan ' || e.cp_plan_id || ' from ' || to_char(e.cpp_start_date, 'YYYY-MM-DD')
           || ' to ' || to_char(e.cpp_end_date, 'YYYY-MM-DD')
    when p.number_of_previous_cpp > 0
      then p.number_of_previous_cpp || ' previous plan(s) recorded before the data'
    else 'first plan'
  end                                                   as detail,
  case when e.cp_plan_id is not null or p.number_of_previous_cpp > 0 then 1 else 0 end
                                                        as numerator,
  1                                                     as denominator
from cp_plan p
left join lateral (
  -- the latest of the child's plans that came before this one: plans never overlap, so an earlier
  -- plan has ended by this one's start (a same-day plan on that day comes before one left open)
  select o.cp_plan_id, o.cpp_start_date, o.cpp_end_date
  from cp_plan o
  where o.snapshot_id = :snapshot_id
    and o.child_id = p.child_id
    and o.cp_plan_id <> p.cp_plan_id
    and o.cpp_end_date <= p.cpp_start_date
    and (o.cpp_start_date, o.cpp_end_date, o.cp_plan_id)
        < (p.cpp_start_date, coalesce(p.cpp_end_date, 'infinity'::date), p.cp_plan_id)
  order by o.cpp_start_date desc, o.cpp_end_date desc, o.cp_plan_id desc
  limit 1
) e on true
where p.snapshot_id = :snapshot_id
  and p.cpp_start_date between :period_start and :period_end
