-- Children without an allocated worker (children_without_allocated_worker), as at 2025-03-31.
-- Workers and teams of council.sql: W1 T1, W2 T2, W3 T3, W4 T3.
--
--   child open case                                      allocations                  counted?
--   C01   referral R01 2024-06-01, open                  none                         yes, unallocated
--   C02   referral R02 2024-05-01, open                  W1 2024-05-02..2025-03-01    yes, last W1/T1
--   C03   referral R03 2024-07-01, open                  W2 2024-07-01..open          no
--   C04   looked after E04 from 2024-05-01 (referral     W3 2024-05-01..2025-03-31    yes, last W3/T3
--         R04 2024-04-15 open too: the episode is the    (ends on the as-at date)
--         record)
--   C05   referral R05 2024-10-01, closed 2025-03-31     none                         no (closed)
--   C06   referral R06 2025-03-31 (referred that day)    none                         yes, unallocated
--   C07   referral R07 2024-11-01, open                  W2 from 2025-04-02, after    yes, unallocated
--                                                        the as-at date
--   C08   left care at 18 (E08 2022-01-01..2024-06-01)   none                         no (care leaver)
--   C09   referral R09 2024-08-01, on CP plan P09 from   W4 2024-08-01..2025-02-01    yes, last W4/T3
--         2024-09-01
--   C10   referral R10 2024-07-01, looked after E10      W4 from 2025-03-31           no (allocated
--         from 2024-08-01                                                             that day)
--
-- As at 2025-03-31: 6 (C01 C02 C04 C06 C07 C09), the council's unallocated list; unallocated 3,
-- T1 1, T3 2; SA1 1, SA2 2; W1 1, W3 1, W4 1.
-- As at 2025-02-15: C01, C05 (open until 2025-03-31), C07, C09 (W4's ended 2025-02-01) and C10
-- (allocated only from 2025-03-31): 5; C02 and C04 are allocated, C06 not yet referred.
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
select 9101, format('C%s', lpad(i::text, 2, '0')), 'M', date '2010-06-01' + 100 * i, 'WBRI'
from generate_series(1, 10) i
where i <> 8;
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C08', 'F', '2006-06-01', 'WBRI');
insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                      cin_closure_date, reason_for_closure)
values (9101, 'R01', 'C01', '2024-06-01', '1A', null, null),
       (9101, 'R02', 'C02', '2024-05-01', '2A', null, null),
       (9101, 'R03', 'C03', '2024-07-01', '3A', null, null),
       (9101, 'R04', 'C04', '2024-04-15', '1A', null, null),
       (9101, 'R05', 'C05', '2024-10-01', '5A', '2025-03-31', 'RC1'),
       (9101, 'R06', 'C06', '2025-03-31', '1A', null, null),
       (9101, 'R07', 'C07', '2024-11-01', '1A', null, null),
       (9101, 'R09', 'C09', '2024-08-01', '2A', null, null),
       (9101, 'R10', 'C10', '2024-07-01', '1A', null, null);
insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place, dec, rec)
values (9101, 'E04', 'C04', '2024-05-01', 'S', 'C2', 'N1', 'U1', null, null),
       (9101, 'E08', 'C08', '2022-01-01', 'S', 'V2', 'N1', 'U1', '2024-06-01', 'E8'),
       (9101, 'E10', 'C10', '2024-08-01', 'S', 'C2', 'N1', 'U1', null, null);
insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date,
                     initial_category_of_abuse, latest_category_of_abuse)
values (9101, 'P09', 'R09', 'C09', '2024-09-01', 'NEG', 'NEG');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A02', 'C02', 'W1', 'T1', '2024-05-02', '2025-03-01'),
       (9101, 'A03', 'C03', 'W2', 'T2', '2024-07-01', null),
       (9101, 'A04', 'C04', 'W3', 'T3', '2024-05-01', '2025-03-31'),
       (9101, 'A07', 'C07', 'W2', 'T2', '2025-04-02', null),
       (9101, 'A09', 'C09', 'W4', 'T3', '2024-08-01', '2025-02-01'),
       (9101, 'A10', 'C10', 'W4', 'T3', '2025-03-31', null);
