-- Social worker vacancy rate (vacancy_rate). From council.sql: W1 (T1, employed, 1.0 FTE, from
-- 2020), W2 (T2, agency, 1.0), W3 (T3, employed, 0.5, from 2021), W4 (T3, employed, 1.0, from
-- 2019). Added:
--   W5 employed (T2, 1.0) 2022-01-01 .. 2024-09-30 (leaves on the census day: in post that day)
--   W6 employed (T3, 0.5) from 2024-10-01 (the day after the census)
--   W7 agency (T1, 1.0) from 2024-01-01
-- Censuses (LALevelVacancies): 2023-09-30 3.0 vacancy FTE; 2024-09-30 1.5 vacancy FTE.
--
-- As at 2025-03-31 the latest census is 2024-09-30: 1.5 vacant; employed in post that day W1 1.0,
-- W3 0.5, W4 1.0, W5 1.0 = 3.5: 1.5 / (1.5 + 3.5) = 30%.
--   No team (the vacancies) 1.5 / 1.5; T1 0 / 1.0; T2 0 / 1.0; T3 0 / 1.5.
-- As at 2024-09-29 the latest census is 2023-09-30: 3.0 vacant; employed in post W1, W3, W4, W5
-- = 3.5: 3.0 / 6.5 = 46.1538%.
-- As at 2023-09-29 there is no census yet: no rows, no figure.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date)
values (9101, 'W5', 'Eve Ford', 5, false, 1, true, '2022-01-01', '2024-09-30'),
       (9101, 'W6', 'Finn Gray', 5, false, 0.5, true, '2024-10-01', null),
       (9101, 'W7', 'Gita Hale', 5, true, 1, true, '2024-01-01', null);
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W5', 'T2', '2022-01-01', '2024-10-01'),
       (9101, 'W6', 'T3', '2024-10-01', null),
       (9101, 'W7', 'T1', '2024-01-01', null);
insert into workforce_vacancy (snapshot_id, reference_date, number_of_vacancies, no_agency_fte,
                               no_agency_headcount)
values (9101, '2023-09-30', 3.0, 1.0, 1),
       (9101, '2024-09-30', 1.5, 1.0, 1);
