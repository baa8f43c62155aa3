-- indicator: cp_plans_ended_lasting_2_years_or_more
-- title: Child protection plans ending in the period that had lasted 2 years or more
-- group: child-protection
-- description: Of the child protection plans that ended in the period, the share that had lasted
--   two years or more (former NI 64). The DfE measures a plan from its start date to its end date
--   and puts it in the band "2 years or more" when it is not "1 year but less than 2 years": here
--   a plan has lasted 2 years when its end date is on or after the second anniversary of its start
--   (start plus 2 calendar years; a plan starting on 29 February reaches it on 28 February). So a
--   plan from 2022-06-15 ending 2024-06-14 is one day short and not counted; ending 2024-06-15 it
--   is. Every plan ending in the period is in the denominator, a plan that starts and ends on the
--   same day included (it lasted 0 days). Plans, not children: a child whose two plans ended in
--   the period has two rows. England 2025: 2,710 of 62,300 plans ending = 4.4%.
-- source: DfE Children in need statistics, table D7 (child protection plans ending during the year
--   by duration, "2 years or more"); CIN census ChildProtectionPlans CPPstartDate, CPPendDate.
-- numerator: plans ending in the period whose end date is on or after the second anniversary of
--   their start date
-- denominator: child protection plans ending in the period
-- unit: percent
-- polarity: lower
-- subject: child
--
-- Rows: one per plan whose end date is in the period; event date the end, so that it counts for
-- the worker who held the case when the plan ended.
select
  p.child_id,
  p.cp_plan_id                                          as record_id,
  p.cpp_end_date                                        as event_date,
  p.cpp_start_date                                      as start_date,
  p.cpp_end_date                                        as end_date,
  'lasted ' || (p.cpp_end_date - p.cpp_start_date) || ' days; 2 years on '
    || to_char(p.cpp_start_date + interval '2 years', 'YYYY-MM-DD')
                                                        as detail,
  case when p.cpp_end_date >= p.cpp_start_date + interval '2 years' then 1 else 0 end
                                                        as numerator,
  1                                                     as denominator
from cp_plan p
where p.snapshot_id = :snapshot_id
  and p.cpp_end_date between :period_start and :period_end
