-- Referrals for the engine's own tests (referrals is a plain count, so every figure below is a
-- number of referrals). Period 2024-04-01 .. 2025-03-31.
--
--   C01 R01 2024-05-01  first allocated 2024-05-03 to W1/T1          event: W1   current: W1
--   C02 R02 2024-06-10  W2/T2 from 2024-01-01 to 2025-01-10, then W3/T3  event: W2 current: W3
--   C03 R03 2025-03-31  (the period's last day) never allocated      event: -    current: -
--   C04 R04 2024-03-31  the day before the period: not counted
--   C05 R05 2024-04-01  (the period's first day) W4/T3 2024-04-01..2024-06-01, then none
--                                                                    event: W4   current: W4 (last)
--   C06 R06 2024-09-01  allocated to W2 only from 2025-04-02, after the as-at date
--                                                                    event: -    current: -
-- event:   council 5; W1 1, W2 1, W4 1, unallocated 2; T1 1, T2 1, T3 1, unallocated 2;
--          SA1 2, SA2 1, unallocated 2
-- current: council 5; W1 1, W3 1, W4 1, unallocated 2; T1 1, T3 2, unallocated 2;
--          SA1 1, SA2 2, unallocated 2
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2015-05-10', 'WBRI'),
       (9101, 'C02', 'M', '2018-02-01', 'WBRI'),
       (9101, 'C03', 'F', '2020-07-20', 'MWBC'),
       (9101, 'C04', 'M', '2012-03-31', 'AIND'),
       (9101, 'C05', 'F', '2010-09-09', 'BAFR'),
       (9101, 'C06', 'M', '2016-12-12', 'WBRI');
insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source)
values (9101, 'R01', 'C01', '2024-05-01', '1A'),
       (9101, 'R02', 'C02', '2024-06-10', '2A'),
       (9101, 'R03', 'C03', '2025-03-31', '3A'),
       (9101, 'R04', 'C04', '2024-03-31', '1A'),
       (9101, 'R05', 'C05', '2024-04-01', '1A'),
       (9101, 'R06', 'C06', '2024-09-01', '1A');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W1', 'T1', '2024-05-03', null),
       (9101, 'A02', 'C02', 'W2', 'T2', '2024-01-01', '2025-01-10'),
       (9101, 'A03', 'C02', 'W3', 'T3', '2025-01-10', null),
       (9101, 'A05', 'C05', 'W4', 'T3', '2024-04-01', '2024-06-01'),
       (9101, 'A06', 'C06', 'W2', 'T2', '2025-04-02', null);
