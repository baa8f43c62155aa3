-- Children per case-holding worker (caseload_per_worker), as at 2025-03-31. From council.sql:
-- W1 (T1, 1.0 FTE), W2 (T2, agency, 1.0), W3 (T3, 0.5), W4 (T3, 1.0), all in case-holding roles.
-- Added here:
--   W5 team manager (T3, OrgRole 3, not case-holding, 1.0 FTE) who holds one child
--   W6 qualified without cases (T1, OrgRole 6, 1.0) who holds none: not a case holder
--   W7 social worker (T1, 1.0) who left on 2025-03-15
--   W8 social worker (T2, 0.8) who starts on 2025-04-01, after the as-at date
--   W9 social worker (T2, 1.0) who leaves on 2025-03-31: in post that day (RoleEndDate inclusive)
--
--   allocation                     open on 2025-03-31?
--   C01 W1 2024-01-01 ..            yes
--   C02 W1 2024-06-01 ..            yes
--   C03 W1 2025-03-31 ..            yes (starts that day)
--   C04 W1 2024-01-01 .. 2025-03-31 no (ends that day), then W2 2025-03-31 .. yes
--   C05 W2 2024-02-01 ..            yes
--   C06, C07, C08 W3 2024-01-01 ..  yes
--   C09 W5 2024-09-01 ..            yes
--   C10 W7 2024-01-01 .. 2025-03-15, then W9 2025-03-15 ..   W9's
--
--   worker  children  FTE   per FTE
--   W1      3         1.0   3.0
--   W2      2         1.0   2.0
--   W3      3         0.5   6.0
--   W4      0         1.0   0.0
--   W5      1         1.0   1.0
--   W9      1         1.0   1.0
--   council 10        5.5   1.8182
-- Teams: T1 3 / 1.0 = 3.0; T2 (W2, W9) 3 / 2.0 = 1.5; T3 (W3, W4, W5) 4 / 2.5 = 1.6.
-- Service areas: SA1 6 / 3.0 = 2.0; SA2 4 / 2.5 = 1.6.
-- As at 2025-03-14: W7 is in post and holds C10, W9 holds nothing yet, C03 is not yet allocated
-- and C04 is still W1's: W1 3 (C01 C02 C04), W2 1, W3 3, W4 0, W5 1, W7 1, W9 0:
-- 9 children / 6.5 FTE = 1.3846.
insert into worker (snapshot_id, worker_id, name, org_role, agency_worker, fte, case_holding,
                    role_start_date, role_end_date, reason_leave)
values (9101, 'W5', 'Eve Ford', 3, false, 1, false, '2018-01-01', null, null),
       (9101, 'W6', 'Finn Gray', 6, false, 1, false, '2022-01-01', null, null),
       (9101, 'W7', 'Gita Hale', 5, false, 1, true, '2020-01-01', '2025-03-15', 'Resignation'),
       (9101, 'W8', 'Hugo Iles', 5, false, 0.8, true, '2025-04-01', null, null),
       (9101, 'W9', 'Ines Judd', 5, false, 1, true, '2023-01-01', '2025-03-31', 'Retired');
insert into worker_team (snapshot_id, worker_id, team_id, start_date, end_date)
values (9101, 'W5', 'T3', '2018-01-01', null),
       (9101, 'W6', 'T1', '2022-01-01', null),
       (9101, 'W7', 'T1', '2020-01-01', '2025-03-15'),
       (9101, 'W8', 'T2', '2025-04-01', null),
       (9101, 'W9', 'T2', '2023-01-01', null);
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
select 9101, format('C%s', lpad(i::text, 2, '0')), 'F', date '2015-01-01' + i, 'WBRI'
from generate_series(1, 10) i;
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W1', 'T1', '2024-01-01', null),
       (9101, 'A02', 'C02', 'W1', 'T1', '2024-06-01', null),
       (9101, 'A03', 'C03', 'W1', 'T1', '2025-03-31', null),
       (9101, 'A04a', 'C04', 'W1', 'T1', '2024-01-01', '2025-03-31'),
       (9101, 'A04b', 'C04', 'W2', 'T2', '2025-03-31', null),
       (9101, 'A05', 'C05', 'W2', 'T2', '2024-02-01', null),
       (9101, 'A06', 'C06', 'W3', 'T3', '2024-01-01', null),
       (9101, 'A07', 'C07', 'W3', 'T3', '2024-01-01', null),
       (9101, 'A08', 'C08', 'W3', 'T3', '2024-01-01', null),
       (9101, 'A09', 'C09', 'W5', 'T3', '2024-09-01', null),
       (9101, 'A10a', 'C10', 'W7', 'T1', '2024-01-01', '2025-03-15'),
       (9101, 'A10b', 'C10', 'W9', 'T2', '2025-03-15', null);
