-- Care leavers aged 17 or 18 in education, employment or training (care_leavers_eet_17_18).
-- Default period 2024-04-01 .. 2025-03-31; the contact about each birthday (the nearest to it).
--
--   child DOB         birthday in question       contact (IN_TOUCH ACTIV)          cohort?  EET
--   C01   2007-06-10  17th 2024-06-10            YES F2                            yes      1
--   C02   2006-04-01  18th 2024-04-01 (1st day)  YES G5                            yes      0
--   C03   2007-03-31  18th 2025-03-31 (last day) YES P5                            yes      1
--   C04   2006-08-08  18th 2024-08-08            YES G6                            yes      0
--   C05   2006-10-01  18th 2024-10-01            NO 0 (not known)                  yes      0
--   C06   2006-09-01  18th 2024-09-01            RHOM                              excluded
--   C07   2006-12-01  18th 2024-12-01            NO F4 (known from a third party)  yes      1
--   C08   2005-10-10  19th 2024-10-10            YES F1                            no (19)
--   C09   2007-01-05  18th 2025-01-05            YES P1                            yes      1
--   C10   2007-07-07  17th 2024-07-07            YES F5                            yes      1
--
-- Year to 2025-03-31: numerator 5 (C01 C03 C07 C09 C10), denominator 8 (and C02 C04 C05): 62.5%.
-- Attribution: C01 and C02 W4/T3 (open); C03 W3/T3 (first allocated 2025-03-01, before the
-- birthday); C07 and C09 W1/T1 (open); C04, C05 and C10 never allocated.
--   T3 2/3, T1 2/2, unallocated 1/3 (C10); SA1 2/2, SA2 2/3.
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2007-06-10', 'WBRI'),
       (9101, 'C02', 'M', '2006-04-01', 'WBRI'),
       (9101, 'C03', 'F', '2007-03-31', 'BAFR'),
       (9101, 'C04', 'F', '2006-08-08', 'WBRI'),
       (9101, 'C05', 'M', '2006-10-01', 'AOTH'),
       (9101, 'C06', 'M', '2006-09-01', 'WBRI'),
       (9101, 'C07', 'M', '2006-12-01', 'MWBC'),
       (9101, 'C08', 'F', '2005-10-10', 'WBRI'),
       (9101, 'C09', 'M', '2007-01-05', 'BCRB'),
       (9101, 'C10', 'F', '2007-07-07', 'WBRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-06-10', 'YES', 'F2', 'D1'),
       (9101, 'L02', 'C02', '2024-04-01', 'YES', 'G5', 'B1'),
       (9101, 'L03', 'C03', '2025-03-31', 'YES', 'P5', 'D1'),
       (9101, 'L04', 'C04', '2024-08-08', 'YES', 'G6', 'U1'),
       (9101, 'L05', 'C05', '2024-10-01', 'NO', '0', '0'),
       (9101, 'L06', 'C06', '2024-09-01', 'RHOM', null, null),
       (9101, 'L07', 'C07', '2024-12-01', 'NO', 'F4', '0'),
       (9101, 'L08', 'C08', '2024-10-10', 'YES', 'F1', 'U1'),
       (9101, 'L09', 'C09', '2025-01-05', 'YES', 'P1', 'E1'),
       (9101, 'L10', 'C10', '2024-07-07', 'YES', 'F5', 'C1');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A02', 'C02', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A03', 'C03', 'W3', 'T3', '2025-03-01', null),
       (9101, 'A07', 'C07', 'W1', 'T1', '2024-01-01', null),
       (9101, 'A09', 'C09', 'W1', 'T1', '2024-01-01', null);
