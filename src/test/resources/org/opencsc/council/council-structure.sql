-- A tiny council, by hand, with fixed ids. Served snapshot 9001 describes 31 March 2025; snapshot
-- 9000 is an older load with the same ids that no page may count.
--
-- On 31 March 2025 (allocation open when start_date <= as_at < end_date):
--   SA1 Children in Need and Protection
--     T1 Assessment East        W1 Amira Shah: C01                      -> T1 = 1
--     T2 Child Protection North W2 Ben Cole: C02, C03; W3 Cara Jones: C04, C11 -> T2 = 4
--   SA2 Children in Care
--     T3 Looked After Children  W4 Dev Patel: C05, C06, C07             -> T3 = 3
--   SA1 = 5, SA2 = 3, allocated = 8.
--   Unallocated (open case, no open allocation) = 3: C08 (allocation ended on the date itself),
--   C09 (in care, never allocated), C12 (allocation starts after the date).
--   C10 is neither: referral and allocation both closed in December 2024.
--   C06's first allocation (W3, T2) ended when they came into care; only W4/T3 counts.

delete from current_snapshot;
insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9000, '2025-02-28', 'test', 'retired', '2025-03-01 02:00+00'),
       (9001, '2025-03-31', 'test', 'served', '2025-04-01 02:00+00');
insert into current_snapshot (snapshot_id) values (9001);
select create_snapshot_partitions(9000);
select create_snapshot_partitions(9001);

-- the old snapshot: same ids, one more child allocated in T1
insert into service_area (snapshot_id, service_area_id, name) values (9000, 'SA1', 'Old name');
insert into team (snapshot_id, team_id, service_area_id, name) values (9000, 'T1', 'SA1', 'Old team');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9000, 'W1', 'Amira Shah', false, 1, '2020-01-01');
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9000, 'C99', 'F', '2015-01-01', 'WBRI');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date)
values (9000, 'A99', 'C99', 'W1', 'T1', '2024-01-01');

-- the served snapshot
insert into service_area (snapshot_id, service_area_id, name)
values (9001, 'SA1', 'Children in Need and Protection'),
       (9001, 'SA2', 'Children in Care');
insert into team (snapshot_id, team_id, service_area_id, name)
values (9001, 'T1', 'SA1', 'Assessment East'),
       (9001, 'T2', 'SA1', 'Child Protection North'),
       (9001, 'T3', 'SA2', 'Looked After Children');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9001, 'W1', 'Amira Shah', false, 1, '2020-01-01'),
       (9001, 'W2', 'Ben Cole', true, 1, '2023-06-01'),
       (9001, 'W3', 'Cara Jones', false, 0.8, '2021-01-01'),
       (9001, 'W4', 'Dev Patel', false, 1, '2019-01-01');
insert into worker_team (snapshot_id, worker_id, team_id, start_date)
values (9001, 'W1', 'T1', '2020-01-01'),
       (9001, 'W2', 'T2', '2023-06-01'),
       (9001, 'W3', 'T2', '2021-01-01'),
       (9001, 'W4', 'T3', '2019-01-01');

insert into child (snapshot_id, child_id, sex, person_birth_date, expected_person_birth_date, ethnicity)
values (9001, 'C01', 'F', '2015-05-10', null, 'WBRI'),
       (9001, 'C02', 'M', '2018-02-01', null, 'WBRI'),
       (9001, 'C03', 'F', '2020-07-20', null, 'MWBC'),
       (9001, 'C04', 'M', '2012-03-31', null, 'AIND'),
       (9001, 'C05', 'F', '2010-09-09', null, 'BAFR'),
       (9001, 'C06', 'M', '2016-12-12', null, 'WBRI'),
       (9001, 'C07', 'F', '2006-01-15', null, 'WIRI'),
       (9001, 'C08', 'M', '2014-04-04', null, 'WBRI'),
       (9001, 'C09', 'F', '2011-11-11', null, 'OOTH'),
       (9001, 'C10', 'U', '2019-06-06', null, 'NOBT'),
       (9001, 'C11', 'U', null, '2025-06-01', 'WBRI'),
       (9001, 'C12', 'M', '2013-08-08', null, 'WBRI');

insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                      cin_closure_date, reason_for_closure)
values (9001, 'R01', 'C01', '2025-01-05', '1A', null, null),
       (9001, 'R02', 'C02', '2024-10-01', '5A', null, null),
       (9001, 'R03', 'C03', '2024-12-01', '3A', null, null),
       (9001, 'R04', 'C04', '2025-02-01', '2A', null, null),
       (9001, 'R08', 'C08', '2024-09-01', '1A', null, null),
       (9001, 'R10', 'C10', '2024-05-01', '1A', '2024-12-01', 'RC1'),
       (9001, 'R11', 'C11', '2025-03-10', '4', null, null),
       (9001, 'R12', 'C12', '2025-03-20', '1A', null, null);

insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date,
                     initial_category_of_abuse, latest_category_of_abuse)
values (9001, 'P02', 'R02', 'C02', '2024-11-15', 'NEG', 'NEG'),
       (9001, 'P03', 'R03', 'C03', '2025-01-10', 'EMO', 'EMO');

insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place, dec, rec)
values (9001, 'E05', 'C05', '2023-05-01', 'S', 'C2', 'N1', 'U1', null, null),
       (9001, 'E06', 'C06', '2024-08-01', 'S', 'V2', 'N2', 'U4', null, null),
       (9001, 'E07', 'C07', '2022-01-01', 'S', 'C2', 'N1', 'U1', '2024-01-15', 'E8'),
       (9001, 'E09', 'C09', '2025-03-01', 'S', 'V2', 'N1', 'U1', null, null);

insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9001, 'A01', 'C01', 'W1', 'T1', '2025-01-10', null),
       (9001, 'A02', 'C02', 'W2', 'T2', '2024-11-15', null),
       (9001, 'A03', 'C03', 'W2', 'T2', '2024-12-01', null),
       (9001, 'A04', 'C04', 'W3', 'T2', '2025-02-03', null),
       (9001, 'A05', 'C05', 'W4', 'T3', '2023-05-01', null),
       (9001, 'A06a', 'C06', 'W3', 'T2', '2024-06-01', '2024-08-01'),
       (9001, 'A06b', 'C06', 'W4', 'T3', '2024-08-01', null),
       (9001, 'A07', 'C07', 'W4', 'T3', '2022-01-01', null),
       (9001, 'A08', 'C08', 'W1', 'T1', '2024-09-02', '2025-03-31'),
       (9001, 'A10', 'C10', 'W1', 'T1', '2024-05-02', '2024-12-01'),
       (9001, 'A11', 'C11', 'W3', 'T2', '2025-03-31', null),
       (9001, 'A12', 'C12', 'W1', 'T1', '2025-04-02', null);
