-- Social worker turnover rate (turnover_rate). Default period 2024-04-01 .. 2025-03-31. From
-- council.sql, in post throughout: W1 (T1, employed, 1.0 FTE), W2 (T2, agency, 1.0), W3 (T3,
-- employed, 0.5), W4 (T3, employed, 1.0). Added:
--   W5 employed (T1, 1.0) left 2024-10-31 (Resignation)              leaver 1.0
--   W6 employed (T3, 0.5) leaves 2025-03-31, the period's last day     leaver 0.5 and in post 0.5
--   W7 employed (T2, 1.0) left 2024-03-31, the day before the period   neither
--   W8 agency (T2, 1.0) left 2024-12-31                                neither (agency)
--   W9 employed (T2, 0.8) left 2024-04-01, the period's first day      leaver 0.8
--
-- Leavers 1.0 + 0.5 + 0.8 = 2.3 FTE; employed in post on 2025-03-31 W1 1.0 + W3 0.5 + W4 1.0 +
-- W6 0.5 = 3.0 FTE: 2.3 / 3.0 = 76.6667%.
--   T1 1.0 / 1.0 = 100%; T2 0.8 / 0 (no rate); T3 0.5 / 2.0 = 25%.
-- Period 2024-11-01 .. 2025-03-31: only W6 left: 0.5 / 3.0 = 16.6667%.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date, reason_leave)
values (9101, 'W5', 'Eve Ford', 5, false, 1, true, '2019-01-01', '2024-10-31', 'Resignation'),
       (9101, 'W6', 'Finn Gray', 5, false, 0.5, true, '2022-01-01', '2025-03-31', 'Retired'),
       (9101, 'W7', 'Gita Hale', 5, false, 1, true, '2020-01-01', '2024-03-31', 'Resignation'),
       (9101, 'W8', 'Hugo Iles', 5, true, 1, true, '2024-01-01', '2024-12-31', null),
       (9101, 'W9', 'Ines Judd', 4, false, 0.8, true, '2021-01-01', '2024-04-01', 'Other');
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W5', 'T1', '2019-01-01', '2024-11-01'),
       (9101, 'W6', 'T3', '2022-01-01', null),
       (9101, 'W7', 'T2', '2020-01-01', '2024-04-01'),
       (9101, 'W8', 'T2', '2024-01-01', '2025-01-01'),
       (9101, 'W9', 'T2', '2021-01-01', '2024-04-02');
