-- Month-end figures for the trend tables and their downloads, on top of council.sql and engine.sql
-- (served snapshot 9101 as at 31 March 2025). Month ends only: no nightly figure is recorded, so
-- the pages' own figures are still worked out from the snapshot (referrals: council 5, team T3 1).
--
-- referrals (a count), council: 31 Jan 2025 2, 28 Feb 2025 3, 31 Mar 2025 5, and 30 Apr 2025 6,
--   which is after the served snapshot's date: the page and the download leave it out.
-- referrals, team T3 (Looked After Children): 28 Feb 2025 0, 31 Mar 2025 1.
-- re_referrals_within_12_months (a percentage), council: 28 Feb 2025 1 of 3 = 33.3333%,
--   31 Mar 2025 1 of 4 = 25%; the download writes them as shares, 0.333333 and 0.25.
insert into indicator_history (indicator, kind, as_at, period_start, attribution, level, unit_id,
                               unit_name, numerator, denominator, value, unit_of_measure, snapshot_id)
values ('referrals', 'month_end', '2025-01-31', '2024-02-01', 'event', 'council', 'council', 'Test council', 2, 0, 2, 'count', 9100),
       ('referrals', 'month_end', '2025-02-28', '2024-03-01', 'event', 'council', 'council', 'Test council', 3, 0, 3, 'count', 9100),
       ('referrals', 'month_end', '2025-03-31', '2024-04-01', 'event', 'council', 'council', 'Test council', 5, 0, 5, 'count', 9101),
       ('referrals', 'month_end', '2025-04-30', '2024-05-01', 'event', 'council', 'council', 'Test council', 6, 0, 6, 'count', 9101),
       ('referrals', 'month_end', '2025-02-28', '2024-03-01', 'event', 'team', 'T3', 'Looked After Children', 0, 0, 0, 'count', 9100),
       ('referrals', 'month_end', '2025-03-31', '2024-04-01', 'event', 'team', 'T3', 'Looked After Children', 1, 0, 1, 'count', 9101),
       ('re_referrals_within_12_months', 'month_end', '2025-02-28', '2024-03-01', 'event', 'council', 'council', 'Test council', 1, 3, 33.3333, 'percent', 9100),
       ('re_referrals_within_12_months', 'month_end', '2025-03-31', '2024-04-01', 'event', 'council', 'council', 'Test council', 1, 4, 25.0, 'percent', 9101);
