-- The workforce page's council, on the indicator tests' council.sql (served snapshot 9101 as at
-- Monday 31 March 2025; period 1 April 2024 to 31 March 2025). From council.sql, in post
-- throughout, case-holding: W1 Amira Shah (T1, employed, 1.0 FTE), W2 Ben Cole (T2, agency, 1.0),
-- W3 Cara Jones (T3, employed, 0.5), W4 Dev Patel (T3, employed, 1.0). Added:
--   W5 Eve Ford     T1  employed 0.5  case-holding, from 2022
--   W6 Finn Gray    T2  employed 1.0  case-holding, left 2024-10-31 (a leaver; not in post now)
--   W7 Gita Hale    T2  agency   0.5  case-holding, from 2024-06-01
--   W8 Hugo Iles    T3  employed 1.0  team manager (OrgRole 3), not case-holding, no children
-- Children C001..C055, each allocated from 2024-06-01 and still open on 31 March 2025.
--
-- Caseloads on 31 March 2025 (threshold 18 per FTE; bands up to 5, over 5 up to 10, over 10 up to
-- 15, over 15 up to 18, over 18):
--   W1 20 children / 1.0 = 20.0  over 18       W2 12 / 1.0 = 12.0  over 10 up to 15
--   W3  9 / 0.5 = 18.0  over 15 up to 18 (at the threshold, not over it)
--   W4  0 / 1.0 =  0.0  up to 5                W5  4 / 0.5 =  8.0  over 5 up to 10
--   W7 10 / 0.5 = 20.0  over 18
--   T1 (W1 W5) 24 / 1.5 = 16.0; bands 0 1 0 0 1; over 1 of 2 = 50%
--   T2 (W2 W7) 22 / 1.5 = 14.6667; bands 0 0 1 0 1; over 1 of 2 = 50%
--   T3 (W3 W4)  9 / 1.5 =  6.0; bands 1 0 0 1 0; over 0 of 2 = 0%
--   Council 55 / 4.5 = 12.2222; bands 1 1 1 1 2; over 2 of 6 = 33.3333%
-- Agency share of FTE in post on 31 March 2025 (W1 W2 W3 W4 W5 W7 W8): 1.5 of 5.5 = 27.2727%;
--   T1 0 of 1.5 = 0%; T2 1.5 of 1.5 = 100%; T3 0 of 2.5 = 0%.
-- Vacancies at the census of 30 September 2024: 2.0 FTE; employed in post that day W1 1.0, W3
--   0.5, W4 1.0, W5 0.5, W6 1.0, W8 1.0 = 5.0: 2.0 / 7.0 = 28.5714% (the council only).
-- Turnover: leaver W6 1.0 FTE (T2); employed in post on 31 March 2025 W1 W3 W4 W5 W8 = 4.0 FTE:
--   25%; T1 0 / 1.5 = 0%; T2 1.0 / 0: no figure; T3 0 / 2.5 = 0%.
-- Supervision (20 working days: on time if on or after Monday 3 March 2025): W1 3 March on time;
--   W2 28 February late; W3 31 March on time; W4 never, late; W5 17 March on time; W7 15 January
--   late. Council 3 of 6 = 50%; T1 2/2 = 100%; T2 0/2 = 0%; T3 1/2 = 50%.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date, reason_leave)
values (9101, 'W5', 'Eve Ford', 5, false, 0.5, true, '2022-01-01', null, null),
       (9101, 'W6', 'Finn Gray', 5, false, 1, true, '2020-01-01', '2024-10-31', 'Resignation'),
       (9101, 'W7', 'Gita Hale', 5, true, 0.5, true, '2024-06-01', null, null),
       (9101, 'W8', 'Hugo Iles', 3, false, 1, false, '2018-01-01', null, null);
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W5', 'T1', '2022-01-01', null),
       (9101, 'W6', 'T2', '2020-01-01', '2024-11-01'),
       (9101, 'W7', 'T2', '2024-06-01', null),
       (9101, 'W8', 'T3', '2018-01-01', null);
insert into workforce_vacancy (snapshot_id, reference_date, number_of_vacancies, no_agency_fte,
                               no_agency_headcount)
values (9101, '2024-09-30', 2.0, 1.5, 2);
insert into supervision (snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date)
values (9101, 'S1', 'W1', 'W8', '2025-03-03'),
       (9101, 'S2', 'W2', 'W8', '2025-02-28'),
       (9101, 'S3', 'W3', 'W8', '2025-03-31'),
       (9101, 'S5', 'W5', 'W8', '2025-03-17'),
       (9101, 'S7', 'W7', 'W8', '2025-01-15');
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
select 9101, format('C%s', lpad(i::text, 3, '0')), 'F', date '2012-01-01' + i, 'WBRI'
from generate_series(1, 55) i;
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date)
select 9101, format('A%s', lpad(i::text, 3, '0')), format('C%s', lpad(i::text, 3, '0')),
       case when i <= 20 then 'W1' when i <= 32 then 'W2' when i <= 41 then 'W3'
            when i <= 45 then 'W5' else 'W7' end,
       case when i <= 20 then 'T1' when i <= 32 then 'T2' when i <= 41 then 'T3'
            when i <= 45 then 'T1' else 'T2' end,
       date '2024-06-01'
from generate_series(1, 55) i;
