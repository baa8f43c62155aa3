-- Care leavers aged 19 to 21 in education, employment or training (care_leavers_eet_19_21).
-- Default period 2024-04-01 .. 2025-03-31; the contact about each birthday (the nearest to it).
--
--   child DOB         birthday in question       contact (date IN_TOUCH ACTIV)     cohort?  EET
--   C01   2005-05-01  19th 2024-05-01            2024-05-01 YES F1                 yes      1
--   C02   2004-04-01  20th 2024-04-01 (1st day)  2024-04-01 YES G5                 yes      0
--   C03   2004-03-31  21st 2025-03-31 (last day) 2025-03-31 YES F4                 yes      1
--   C04   2002-07-01  22nd 2024-07-01            2024-07-01 YES F4                 no (22)
--   C05   2006-10-01  18th 2024-10-01            2024-10-01 YES F2                 no (18)
--   C06   2005-01-20  20th 2025-01-20            2025-01-20 DIED                   excluded
--   C07   2004-09-09  20th 2024-09-09            2024-09-09 YES G6                 yes      0
--   C08   2003-12-12  21st 2024-12-12            2024-12-12 REFU (ACTIV blank)     yes      0
--   C09   2005-11-30  19th 2024-11-30            2024-11-30 YES P2                 yes      1
--   C10   2004-06-20  20th 2024-06-20            2024-06-20 YES G4, then           yes      1
--                                                2024-09-01 YES P4 (the latest counts)
--   C11   2005-08-08  19th 2024-08-08            2024-08-08 YES P5                 yes      1
--   C12   2004-10-10  20th 2024-10-10            2024-10-10 YES G5                 yes      0
--
-- Year to 2025-03-31: numerator 5 (C01 C03 C09 C10 C11), denominator 9 (and C02 C07 C08 C12):
-- 55.5556%.
-- Attribution (event = the birthday): C01 W2/T2 (2024-01-01 to 2024-05-01: ended on the
-- birthday, so the last before); C03 and C09 W4/T3 and C12 W3/T3 (open); C10 W1/T1 (first
-- allocated 2024-09-01, after the birthday); C02, C07, C08 and C11 never allocated.
--   T2 1/1, T3 2/3, T1 1/1, unallocated 1/4 (C11).
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2005-05-01', 'WBRI'),
       (9101, 'C02', 'M', '2004-04-01', 'WBRI'),
       (9101, 'C03', 'F', '2004-03-31', 'BAFR'),
       (9101, 'C04', 'M', '2002-07-01', 'WBRI'),
       (9101, 'C05', 'M', '2006-10-01', 'AOTH'),
       (9101, 'C06', 'F', '2005-01-20', 'WBRI'),
       (9101, 'C07', 'M', '2004-09-09', 'MWBC'),
       (9101, 'C08', 'F', '2003-12-12', 'WBRI'),
       (9101, 'C09', 'M', '2005-11-30', 'WBRI'),
       (9101, 'C10', 'F', '2004-06-20', 'WIRI'),
       (9101, 'C11', 'M', '2005-08-08', 'APKN'),
       (9101, 'C12', 'F', '2004-10-10', 'WBRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-05-01', 'YES', 'F1', 'U1'),
       (9101, 'L02', 'C02', '2024-04-01', 'YES', 'G5', 'S2'),
       (9101, 'L03', 'C03', '2025-03-31', 'YES', 'F4', 'B1'),
       (9101, 'L04', 'C04', '2024-07-01', 'YES', 'F4', 'U1'),
       (9101, 'L05', 'C05', '2024-10-01', 'YES', 'F2', 'D1'),
       (9101, 'L06', 'C06', '2025-01-20', 'DIED', null, null),
       (9101, 'L07', 'C07', '2024-09-09', 'YES', 'G6', 'U1'),
       (9101, 'L08', 'C08', '2024-12-12', 'REFU', null, null),
       (9101, 'L09', 'C09', '2024-11-30', 'YES', 'P2', 'K1'),
       (9101, 'L10a', 'C10', '2024-06-20', 'YES', 'G4', 'B1'),
       (9101, 'L10b', 'C10', '2024-09-01', 'YES', 'P4', 'B1'),
       (9101, 'L11', 'C11', '2024-08-08', 'YES', 'P5', 'U1'),
       (9101, 'L12', 'C12', '2024-10-10', 'YES', 'G5', 'U2');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W2', 'T2', '2024-01-01', '2024-05-01'),
       (9101, 'A03', 'C03', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A09', 'C09', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A10', 'C10', 'W1', 'T1', '2024-09-01', null),
       (9101, 'A12', 'C12', 'W3', 'T3', '2024-01-01', null);
