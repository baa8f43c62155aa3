-- indicator: cp_plans_at_period_end
-- title: Children on a child protection plan at the period end
-- group: child-protection
-- description: Children who were the subject of a child protection plan on the period's last day
--   (31 March for the DfE's year). A plan is open on that day when it started on or before it and
--   has no end date or ends after it: a plan ending on the last day itself has ended in the period
--   and is not counted (the CIN census collection year runs 1 April to 31 March inclusive, so a
--   CPPendDate of 31 March is a plan that ended during the year and appears in the DfE's plans
--   ending in the year, table D7, not in the children subject of a plan at 31 March). A plan that
--   starts and ends on the same day is therefore never open at the period end. One row per child:
--   a child has at most one plan open at a time. Counted for the worker holding the child's case on
--   the period's last day. England at 31 March 2025: 49,420 children.
-- source: DfE Children in need statistics, table D1 (children subject of a child protection plan at
--   31 March) and A2; CIN census ChildProtectionPlans CPPstartDate, CPPendDate.
-- numerator: children whose child protection plan started on or before the period end and had not
--   ended by it (no end date, or an end date after the period end)
-- denominator: none (a count)
-- unit: count
-- polarity: neither
-- subject: child
--
-- Rows: one per child (the plan open on the period end); event date the period end, so that the
-- child counts for the worker who held the case that day.
select distinct on (p.child_id)
  p.child_id,
  p.cp_plan_id                                          as record_id,
  cast(:period_end as date)                             as event_date,
  p.cpp_start_date                                      as start_date,
  p.cpp_end_date                                        as end_date,
  'on a plan since ' || to_char(p.cpp_start_date, 'YYYY-MM-DD') || ' ('
    || (cast(:period_end as date) - p.cpp_start_date) || ' days); latest category '
    || p.latest_category_of_abuse                       as detail,
  1                                                     as numerator,
  0                                                     as denominator
from cp_plan p
where p.snapshot_id = :snapshot_id
  and p.cpp_start_date <= :period_end
  and (p.cpp_end_date is null or p.cpp_end_date > :period_end)
order by p.child_id, p.cpp_start_date desc, p.cp_plan_id
