-- Children who had 3 or more social workers in 12 months (children_with_3_or_more_social_workers).
-- As at 2025-03-31 the 12 months are 2024-04-01 .. 2025-03-31. Workers and teams of council.sql:
-- W1 T1, W2 T2, W3 T3, W4 T3. An allocation covers its start to the day before its end.
--
--   child allocations (start .. end)                                  workers in the 12 months
--   C01   W1 2024-01-01..2024-06-01, W2 ..2024-12-01, W3 ..open        W1 W2 W3: 3       yes
--   C02   W1 2023-01-01..2024-04-01 (last day 2024-03-31: outside),
--         W2 ..2024-10-01, W4 ..open                                    W2 W4: 2          no
--   C03   W1 2023-06-01..2024-04-02 (covers 2024-04-01: inside),
--         W2 ..2024-09-01, W3 ..open                                    W1 W2 W3: 3       yes
--   C04   W1 2024-05-01..2024-07-01, W2 ..2024-08-01, W1 again ..open  W1 W2: 2          no
--   C05   W1 2024-05-01..2024-07-01, W2 ..2024-09-01, W3 ..2025-03-31  not allocated on 2025-03-31
--   C06   W4 2024-01-01..open                                           W4: 1             no
--   C07   W2 2024-04-01..2024-04-01 (no day), W3 ..2025-01-01, W4 ..open  W3 W4: 2       no
--   C08   W1 2024-10-01..2024-11-01, W2 ..2024-12-01, W3 ..2025-03-31,
--         W4 2025-03-31..open (starts on the as-at date)               W1 W2 W3 W4: 4    yes
--
-- As at 2025-03-31: 3 (C01 C03 C08) of 7 (C01 C02 C03 C04 C06 C07 C08) = 42.8571%. By the
-- worker now: W3 (C01 C03) 2/2, W4 (C02 C06 C07 C08) 1/4, W1 (C04) 0/1; T3 3/6, T1 0/1.
-- As at 2024-12-31 (12 months 2024-01-01 .. 2024-12-31): C01 3 (W3 open), C02 3 (W1 now
-- inside), C03 3, C04 2, C05 3 (W3 open then), C06 1, C07 1 (W3 open; W2's allocation covers no
-- day), C08 3 (W3 open): 5 of 8 = 62.5%.
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
select 9101, format('C%s', lpad(i::text, 2, '0')), 'F', date '2012-03-01' + 40 * i, 'WBRI'
from generate_series(1, 8) i;
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01a', 'C01', 'W1', 'T1', '2024-01-01', '2024-06-01'),
       (9101, 'A01b', 'C01', 'W2', 'T2', '2024-06-01', '2024-12-01'),
       (9101, 'A01c', 'C01', 'W3', 'T3', '2024-12-01', null),
       (9101, 'A02a', 'C02', 'W1', 'T1', '2023-01-01', '2024-04-01'),
       (9101, 'A02b', 'C02', 'W2', 'T2', '2024-04-01', '2024-10-01'),
       (9101, 'A02c', 'C02', 'W4', 'T3', '2024-10-01', null),
       (9101, 'A03a', 'C03', 'W1', 'T1', '2023-06-01', '2024-04-02'),
       (9101, 'A03b', 'C03', 'W2', 'T2', '2024-04-02', '2024-09-01'),
       (9101, 'A03c', 'C03', 'W3', 'T3', '2024-09-01', null),
       (9101, 'A04a', 'C04', 'W1', 'T1', '2024-05-01', '2024-07-01'),
       (9101, 'A04b', 'C04', 'W2', 'T2', '2024-07-01', '2024-08-01'),
       (9101, 'A04c', 'C04', 'W1', 'T1', '2024-08-01', null),
       (9101, 'A05a', 'C05', 'W1', 'T1', '2024-05-01', '2024-07-01'),
       (9101, 'A05b', 'C05', 'W2', 'T2', '2024-07-01', '2024-09-01'),
       (9101, 'A05c', 'C05', 'W3', 'T3', '2024-09-01', '2025-03-31'),
       (9101, 'A06', 'C06', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A07a', 'C07', 'W2', 'T2', '2024-04-01', '2024-04-01'),
       (9101, 'A07b', 'C07', 'W3', 'T3', '2024-04-01', '2025-01-01'),
       (9101, 'A07c', 'C07', 'W4', 'T3', '2025-01-01', null),
       (9101, 'A08a', 'C08', 'W1', 'T1', '2024-10-01', '2024-11-01'),
       (9101, 'A08b', 'C08', 'W2', 'T2', '2024-11-01', '2024-12-01'),
       (9101, 'A08c', 'C08', 'W3', 'T3', '2024-12-01', '2025-03-31'),
       (9101, 'A08d', 'C08', 'W4', 'T3', '2025-03-31', null);
