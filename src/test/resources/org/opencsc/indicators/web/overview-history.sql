-- Recorded history for the overview, on top of council.sql and engine.sql (served snapshot 9101 as
-- at 31 March 2025; engine.sql's referrals give the council 5 referrals in the year to that date,
-- worker at the event). Worked out by hand:
--
-- referrals (a count, neither direction better):
--   nightly   2025-03-30  4   (from the older snapshot 9100: "last night")
--   nightly   2025-03-31  5   (from the served snapshot 9101: today's figure)
--   month_end 2025-01-31  2,  2025-02-28  3,  2025-03-31  5
--   => figure 5; since last night +1 (from 4 on 30 Mar 2025); since last month +2 (from 3 on
--      28 Feb 2025: the month end before today, not today's own month end); a line of 3 points;
--      a target of 4 is shown but there is no RAG (more referrals are not better or worse).
-- re_referrals_within_12_months (a percentage, lower is better), recorded today only:
--   nightly   2025-03-31  1 of 4 = 25.0%
--   => figure 25.0%; target 20 with 3 points' tolerance: 25.0 > 23.0 so red; no earlier figure
--      since last night or last month; England 22.6% (2024-25, the shipped benchmark file).
-- Every other headline (e.g. assessments_within_45_working_days) is not recorded from 9101, so it
-- is worked out: engine.sql has no assessment, so it has no figure ("No figure").
insert into indicator_history (indicator, kind, as_at, period_start, attribution, level, unit_id,
                               unit_name, numerator, denominator, value, unit_of_measure, snapshot_id)
values ('referrals', 'nightly', '2025-03-30', '2024-03-31', 'event', 'council', 'council', 'Test council', 4, 0, 4, 'count', 9100),
       ('referrals', 'nightly', '2025-03-31', '2024-04-01', 'event', 'council', 'council', 'Test council', 5, 0, 5, 'count', 9101),
       ('referrals', 'month_end', '2025-01-31', '2024-02-01', 'event', 'council', 'council', 'Test council', 2, 0, 2, 'count', 9100),
       ('referrals', 'month_end', '2025-02-28', '2024-03-01', 'event', 'council', 'council', 'Test council', 3, 0, 3, 'count', 9100),
       ('referrals', 'month_end', '2025-03-31', '2024-04-01', 'event', 'council', 'council', 'Test council', 5, 0, 5, 'count', 9101),
       ('re_referrals_within_12_months', 'nightly', '2025-03-31', '2024-04-01', 'event', 'council', 'council', 'Test council', 1, 4, 25.0, 'percent', 9101);
