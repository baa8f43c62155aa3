-- The hand-built council every indicator test starts from: served snapshot 9101 describes
-- 31 March 2025 (period 1 April 2024 to 31 March 2025 by default). Each test adds its own
-- children and records (child ids C01…, record ids spelled out) in its own file.
--
--   SA1 Children in Need and Protection
--     T1 Assessment East          W1 Amira Shah (1.0 FTE)
--     T2 Child Protection North   W2 Ben Cole (agency, 1.0 FTE)
--   SA2 Children in Care
--     T3 Looked After Children    W3 Cara Jones (0.5 FTE), W4 Dev Patel (1.0 FTE)
-- Snapshot 9100 is an older load that no figure may count.

delete from current_snapshot;
insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9100, '2025-02-28', 'test', 'retired', '2025-03-01 02:00+00'),
       (9101, '2025-03-31', 'test', 'served', '2025-04-01 02:00+00');
insert into current_snapshot (snapshot_id) values (9101);
select create_snapshot_partitions(9100);
select create_snapshot_partitions(9101);

insert into service_area (snapshot_id, service_area_id, name)
values (9101, 'SA1', 'Children in Need and Protection'),
       (9101, 'SA2', 'Children in Care');
insert into team (snapshot_id, team_id, service_area_id, name)
values (9101, 'T1', 'SA1', 'Assessment East'),
       (9101, 'T2', 'SA1', 'Child Protection North'),
       (9101, 'T3', 'SA2', 'Looked After Children');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9101, 'W1', 'Amira Shah', false, 1, '2020-01-01'),
       (9101, 'W2', 'Ben Cole', true, 1, '2023-06-01'),
       (9101, 'W3', 'Cara Jones', false, 0.5, '2021-01-01'),
       (9101, 'W4', 'Dev Patel', false, 1, '2019-01-01');
insert into worker_team (snapshot_id, worker_id, team_id, start_date)
values (9101, 'W1', 'T1', '2020-01-01'),
       (9101, 'W2', 'T2', '2023-06-01'),
       (9101, 'W3', 'T3', '2021-01-01'),
       (9101, 'W4', 'T3', '2019-01-01');

-- the old snapshot: a referral in the period that must never be counted
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9100, 'C99', 'F', '2015-01-01', 'WBRI');
insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source)
values (9100, 'R99', 'C99', '2024-10-01', '1A');
