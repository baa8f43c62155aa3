-- Agency social workers' share of FTE (agency_worker_rate). From council.sql: W1 (T1, employed,
-- 1.0 FTE), W2 (T2, agency, 1.0), W3 (T3, employed, 0.5), W4 (employed, 1.0), who moves here
-- from T3 to T1 on 2025-01-01. Added:
--   W5 agency (T3, 0.5) from 2024-10-01
--   W6 agency (T2, 1.0) 2024-01-01 .. 2025-02-28 (left before the as-at date)
--   W7 employed (T1, 1.0) from 2025-03-31 (starts on the as-at date: in post)
--   W8 agency (T2, 1.0) 2024-06-01 .. 2025-03-31 (leaves on the as-at date: in post that day)
--
-- As at 2025-03-31 in post: W1 1.0, W2 1.0 agency, W3 0.5, W4 1.0, W5 0.5 agency, W7 1.0,
-- W8 1.0 agency: agency 2.5 of 6.0 FTE = 41.6667%.
--   T1 (W1 W4 W7) 0 of 3.0; T2 (W2 W8) 2.0 of 2.0 = 100%; T3 (W3 W5) 0.5 of 1.0 = 50%.
-- As at 2024-12-31 in post: W1, W2 (agency), W3, W4 (still in T3), W5 (agency), W6 (agency), W8
-- (agency): agency 3.5 of 6.0 FTE = 58.3333%; T3 (W3 W4 W5) 0.5 of 2.0 = 25%.
update worker_team set end_date = '2025-01-01' where snapshot_id = 9101 and worker_id = 'W4';
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date)
values (9101, 'W5', 'Eve Ford', 5, true, 0.5, true, '2024-10-01', null),
       (9101, 'W6', 'Finn Gray', 5, true, 1, true, '2024-01-01', '2025-02-28'),
       (9101, 'W7', 'Gita Hale', 5, false, 1, true, '2025-03-31', null),
       (9101, 'W8', 'Hugo Iles', 4, true, 1, true, '2024-06-01', '2025-03-31');
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W4', 'T1', '2025-01-01', null),
       (9101, 'W5', 'T3', '2024-10-01', null),
       (9101, 'W6', 'T2', '2024-01-01', '2025-02-28'),
       (9101, 'W7', 'T1', '2025-03-31', null),
       (9101, 'W8', 'T2', '2024-06-01', null);
