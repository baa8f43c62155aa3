-- Care leavers aged 19 to 21 in suitable accommodation (care_leavers_suitable_accommodation_19_21).
-- Default period 2024-04-01 .. 2025-03-31; the contact about each birthday (the nearest to it).
--
--   child DOB         birthday in question       contact (date IN_TOUCH ACCOM)     cohort?  suitable
--   C01   2005-05-01  19th 2024-05-01            2024-05-01 YES U1                 yes      1
--   C02   2004-04-01  20th 2024-04-01 (1st day)  2024-04-01 YES S2 (no fixed abode) yes     0
--   C03   2004-03-31  21st 2025-03-31 (last day) 2025-03-31 YES B1                 yes      1
--   C04   2002-07-01  22nd 2024-07-01            2024-07-01 YES U1                 no (22)
--   C05   2006-10-01  18th 2024-10-01            2024-10-01 YES D1                 no (18)
--   C06   2005-01-20  20th 2025-01-20            2025-01-20 DIED                   excluded
--   C07   2003-12-12  21st 2024-12-12            2024-12-12 NO 0                   yes      0
--   C08   2005-11-30  19th 2024-11-30            2024-11-30 NREQ U1                yes      1
--   C09   2004-06-20  20th 2024-06-20            2024-06-20 YES X1                 yes      1
--   C10   2005-02-10  20th 2025-02-10            2025-03-05 YES R1                 yes      1
--
-- Year to 2025-03-31: numerator 5 (C01 C03 C08 C09 C10), denominator 7 (and C02 C07): 71.4286%.
-- Attribution: C03 and C08 W4/T3, C02 W2/T2 (all open); the rest never allocated.
--   T3 2/2, T2 0/1, unallocated 3/4 (C01 C07 C09 C10).
-- Calendar 2024 (2024-01-01 .. 2024-12-31): C01 1, C02 0, C07 0, C08 1, C09 1: 3/5 = 60%
-- (C10's and C03's birthdays are in 2025).
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2005-05-01', 'WBRI'),
       (9101, 'C02', 'M', '2004-04-01', 'WBRI'),
       (9101, 'C03', 'F', '2004-03-31', 'BAFR'),
       (9101, 'C04', 'M', '2002-07-01', 'WBRI'),
       (9101, 'C05', 'M', '2006-10-01', 'AOTH'),
       (9101, 'C06', 'F', '2005-01-20', 'WBRI'),
       (9101, 'C07', 'M', '2003-12-12', 'MWBC'),
       (9101, 'C08', 'F', '2005-11-30', 'WBRI'),
       (9101, 'C09', 'M', '2004-06-20', 'WBRI'),
       (9101, 'C10', 'F', '2005-02-10', 'WIRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-05-01', 'YES', 'F1', 'U1'),
       (9101, 'L02', 'C02', '2024-04-01', 'YES', 'G5', 'S2'),
       (9101, 'L03', 'C03', '2025-03-31', 'YES', 'F4', 'B1'),
       (9101, 'L04', 'C04', '2024-07-01', 'YES', 'F4', 'U1'),
       (9101, 'L05', 'C05', '2024-10-01', 'YES', 'F2', 'D1'),
       (9101, 'L06', 'C06', '2025-01-20', 'DIED', null, null),
       (9101, 'L07', 'C07', '2024-12-12', 'NO', '0', '0'),
       (9101, 'L08', 'C08', '2024-11-30', 'NREQ', 'F4', 'U1'),
       (9101, 'L09', 'C09', '2024-06-20', 'YES', 'G5', 'X1'),
       (9101, 'L10', 'C10', '2025-03-05', 'YES', 'P4', 'R1');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A02', 'C02', 'W2', 'T2', '2024-01-01', null),
       (9101, 'A03', 'C03', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A08', 'C08', 'W4', 'T3', '2024-01-01', null);
