-- Care leavers aged 17 or 18 in suitable accommodation (care_leavers_suitable_accommodation_17_18).
-- Default period 2024-04-01 .. 2025-03-31; the contact about each birthday (the nearest to it).
--
--   child DOB         birthday in question       contact (IN_TOUCH ACCOM)          cohort?  suitable
--   C01   2007-06-10  17th 2024-06-10            YES D1                            yes      1
--   C02   2006-04-01  18th 2024-04-01 (1st day)  YES B2 (not suitable)             yes      0
--   C03   2007-03-31  18th 2025-03-31 (last day) NO 0 (not known)                  yes      0
--   C04   2006-08-08  18th 2024-08-08            YES X1 (in custody: suitable)     yes      1
--   C05   2006-10-01  18th 2024-10-01            REFU U1 (known from a third party) yes     1
--   C06   2006-09-01  18th 2024-09-01            DIED                              excluded
--   C07   2007-11-15  17th 2024-11-15            RHOM                              excluded
--   C08   2005-10-10  19th 2024-10-10            YES U1                            no (19)
--   C09   2007-01-05  18th 2025-01-05            2024-12-01 YES S2, then           yes      1
--                                                2025-01-20 YES E1 (the latest counts)
--   C10   2006-05-05  18th 2024-05-05            NO, ACCOM blank                   yes      0
--
-- Year to 2025-03-31: numerator 4 (C01 C04 C05 C09), denominator 7 (and C02 C03 C10): 57.1429%.
-- Attribution (event = the birthday): C01 W4/T3 (open); C09 W3/T3 (from 2024-12-15); C05 W1/T1
-- (2024-02-01 to 2024-10-01, so not open on the birthday: the last before); C02 W2/T2 (open);
-- C03, C04 and C10 never allocated.
--   T3 2/2, T1 1/1, T2 0/1, unallocated 1/3 (C04); SA1 1/2, SA2 2/2.
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2007-06-10', 'WBRI'),
       (9101, 'C02', 'M', '2006-04-01', 'WBRI'),
       (9101, 'C03', 'F', '2007-03-31', 'BAFR'),
       (9101, 'C04', 'M', '2006-08-08', 'WBRI'),
       (9101, 'C05', 'M', '2006-10-01', 'AOTH'),
       (9101, 'C06', 'M', '2006-09-01', 'WBRI'),
       (9101, 'C07', 'F', '2007-11-15', 'WBRI'),
       (9101, 'C08', 'F', '2005-10-10', 'WBRI'),
       (9101, 'C09', 'M', '2007-01-05', 'BCRB'),
       (9101, 'C10', 'F', '2006-05-05', 'WBRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-06-10', 'YES', 'F2', 'D1'),
       (9101, 'L02', 'C02', '2024-04-01', 'YES', 'G5', 'B2'),
       (9101, 'L03', 'C03', '2025-03-31', 'NO', '0', '0'),
       (9101, 'L04', 'C04', '2024-08-08', 'YES', 'G5', 'X1'),
       (9101, 'L05', 'C05', '2024-10-01', 'REFU', '0', 'U1'),
       (9101, 'L06', 'C06', '2024-09-01', 'DIED', null, null),
       (9101, 'L07', 'C07', '2024-11-15', 'RHOM', null, null),
       (9101, 'L08', 'C08', '2024-10-10', 'YES', 'F4', 'U1'),
       (9101, 'L09a', 'C09', '2024-12-01', 'YES', 'G5', 'S2'),
       (9101, 'L09b', 'C09', '2025-01-20', 'YES', 'F2', 'E1'),
       (9101, 'L10', 'C10', '2024-05-05', 'NO', null, null);
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A02', 'C02', 'W2', 'T2', '2024-01-01', null),
       (9101, 'A05', 'C05', 'W1', 'T1', '2024-02-01', '2024-10-01'),
       (9101, 'A09', 'C09', 'W3', 'T3', '2024-12-15', null);
