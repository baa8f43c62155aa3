-- Case-holding workers supervised on time (supervisions_on_time), with the default standard of 20
-- working days. From council.sql: W1 (T1), W2 (T2, agency), W3 (T3), W4 (T3), all in
-- case-holding roles. Added: W5 team manager (T3, not case-holding, no child: never counted, and
-- the supervisor of every session here); W6 social worker (T3) who left on 2025-03-20; W7
-- qualified without cases (T1, OrgRole 6, not case-holding) who holds C01 from 2025-02-01.
--
-- As at 2025-03-31 (a Monday; no bank holiday in March 2025): 20 working days before it is
-- Monday 2025-03-03 (4 + 5 + 5 + 5 + 1 weekdays from 4 to 31 March).
--   W1 last 2025-03-03: 20 working days, on time (the edge)
--   W2 last 2025-02-28 (Friday): 21, late
--   W3 last 2025-03-31, the day itself: 0, on time
--   W4 never supervised: late
--   W7 last 2025-03-10: 15, on time (a case holder by holding C01)
--   (W6 has left; W5 holds no case)
-- 3 of 5 = 60%. T1 (W1 W7) 2/2, T2 (W2) 0/1, T3 (W3 W4) 1/2.
--
-- As at 2025-01-10 (a Friday), across Christmas: the working days back from it are 10-6 January
-- (5), 3-2 January (2; 1 January is New Year's Day), 31-30 December (2), 27, 24, 23 December (3;
-- 25 and 26 December are Christmas Day and Boxing Day), 20-16 December (5), 13-11 December (3):
-- 20 working days before 2025-01-10 is 2024-12-10, which counting every weekday would make 23.
--   W1 last 2024-12-10: 20, on time (the edge, across the three bank holidays)
--   W2 last 2024-12-09: 21, late
--   W3 last 2024-12-20: 12 (23, 24, 27, 30, 31 December, 2, 3, 6 to 10 January), on time
--   W4 never supervised: late
--   W6 (in post then) last 2024-11-29: 27, late
--   (W7 holds no child yet and is not in a case-holding role)
-- 2 of 5 = 40%. T1 1/1, T2 0/1, T3 (W3 W4 W6) 1/3.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date)
values (9101, 'W5', 'Eve Ford', 3, false, 1, false, '2018-01-01', null),
       (9101, 'W6', 'Finn Gray', 5, false, 1, true, '2022-01-01', '2025-03-20'),
       (9101, 'W7', 'Gita Hale', 6, false, 1, false, '2023-01-01', null);
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W5', 'T3', '2018-01-01', null),
       (9101, 'W6', 'T3', '2022-01-01', '2025-03-21'),
       (9101, 'W7', 'T1', '2023-01-01', null);
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2016-04-04', 'WBRI');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W7', 'T1', '2025-02-01', null);
insert into supervision (snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date)
values (9101, 'S01a', 'W1', 'W5', '2024-12-10'),
       (9101, 'S01b', 'W1', 'W5', '2025-01-15'),
       (9101, 'S01c', 'W1', 'W5', '2025-03-03'),
       (9101, 'S02a', 'W2', 'W5', '2024-12-09'),
       (9101, 'S02b', 'W2', 'W5', '2025-02-28'),
       (9101, 'S03a', 'W3', 'W5', '2024-12-20'),
       (9101, 'S03b', 'W3', 'W5', '2025-03-31'),
       (9101, 'S06', 'W6', 'W5', '2024-11-29'),
       (9101, 'S07', 'W7', 'W5', '2025-03-10');
