-- indicator: cp_plan_rate_per_10000
-- title: Children on a child protection plan at the period end, per 10,000 children
-- group: child-protection
-- description: The children of cp_plans_at_period_end (the subject of a child protection plan
--   open on the period's last day: started on or before it, and no end date or an end date after
--   it, so a plan ending on 31 March itself is not counted) per 10,000 children aged under 18
--   living in the council's area (the configured child population, the ONS mid-year estimate the
--   DfE uses). The rate exists for the council only; below it the figure is the number of
--   children. England at 31 March 2025: 49,420 children (at 31 March 2020: 51,510, 42.8 per
--   10,000).
-- source: DfE Children in need statistics, tables A2 and D1 (children subject of a child protection
--   plan at 31 March, rate per 10,000 children aged under 18); CIN census CPPstartDate, CPPendDate;
--   ONS mid-year population estimates (opencsc.council.child-population).
-- numerator: children whose child protection plan started on or before the period end and had not
--   ended by it
-- denominator: the council's child population aged 0-17 (configured), divided by 10,000
-- unit: rate_per_10000
-- polarity: neither
-- subject: child
--
-- Rows: the same rows as cp_plans_at_period_end, one per child, on the numerator's side only (the
-- engine divides by the population).
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
