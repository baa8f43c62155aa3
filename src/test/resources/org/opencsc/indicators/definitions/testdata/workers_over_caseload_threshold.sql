-- Case-holding workers over the caseload threshold (workers_over_caseload_threshold), as at
-- 2025-03-31, with the default threshold of 18 children per FTE. From council.sql: W1 (T1, 1.0
-- FTE), W2 (T2, agency, 1.0), W3 (T3, 0.5), W4 (T3, 1.0), all in case-holding roles. Added:
--   W10 social worker (T1, 0.2 FTE)
--   W11 team manager (T2, OrgRole 3, not case-holding, 0.1 FTE) who holds two children
--
--   worker  children (all open on 2025-03-31)      FTE   per FTE  over 18?
--   W1      none                                   1.0   0        no
--   W2      none                                   1.0   0        no
--   W3      C01 .. C09                             0.5   18.0     no (exactly the threshold)
--   W4      none                                   1.0   0        no
--   W10     C10 .. C13 (C13 from 2025-03-31)       0.2   20.0     yes
--   W11     C14, C15                               0.1   20.0     yes
-- Council: 2 of 6 = 33.3333%. Teams: T1 (W1 W10) 1/2, T2 (W2 W11) 1/2, T3 (W3 W4) 0/2;
-- service areas SA1 2/4, SA2 0/2.
-- As at 2025-03-30 W10 holds 3 children (C13 not yet): 15.0 per FTE, not over: 1 of 6.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date)
values (9101, 'W10', 'Jo King', 5, false, 0.2, true, '2024-01-01'),
       (9101, 'W11', 'Kai Lowe', 3, false, 0.1, false, '2024-01-01');
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W10', 'T1', '2024-01-01', null),
       (9101, 'W11', 'T2', '2024-01-01', null);
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
select 9101, format('C%s', lpad(i::text, 2, '0')), 'M', date '2014-01-01' + i, 'WBRI'
from generate_series(1, 15) i;
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
select 9101, format('A%s', lpad(i::text, 2, '0')), format('C%s', lpad(i::text, 2, '0')),
       case when i <= 9 then 'W3' when i <= 13 then 'W10' else 'W11' end,
       case when i <= 9 then 'T3' when i <= 13 then 'T1' else 'T2' end,
       case when i = 13 then date '2025-03-31' else date '2024-06-01' end,
       null
from generate_series(1, 15) i;
