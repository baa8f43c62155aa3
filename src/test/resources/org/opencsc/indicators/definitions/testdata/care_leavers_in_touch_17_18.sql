-- Care leavers aged 17 or 18 in touch (care_leavers_in_touch_17_18). Default period 2024-04-01 ..
-- 2025-03-31. Each young person's OC3 contact about a birthday (the birthday nearest the contact).
--
--   child DOB         birthday in question       contacts (date IN_TOUCH)          cohort?  in touch
--   C01   2007-06-10  17th 2024-06-10            2024-06-10 YES                    yes      1
--   C02   2006-04-01  18th 2024-04-01 (1st day)  2024-04-01 NO                     yes      0
--   C03   2007-03-31  18th 2025-03-31 (last day) 2025-03-20 REFU (before the day)  yes      0
--   C04   2006-03-31  18th 2024-03-31 (day before the period) YES                  no
--   C05   2006-09-01  18th 2024-09-01            2024-09-01 DIED                   excluded
--   C06   2007-11-15  17th 2024-11-15            2024-11-20 RHOM                   excluded
--   C07   2006-12-01  18th 2024-12-01            2024-12-01 NREQ                   yes      0
--   C08   2005-10-10  19th 2024-10-10            2024-10-10 YES                    no (19)
--   C09   2007-05-20  17th 2024-05-20            2024-05-01 NO, then 2024-06-15 YES yes      1 (latest)
--   C10   2006-12-20  18th 2024-12-20            2025-01-10 YES (after the day)    yes      1
--
-- Year to 2025-03-31: numerator 3 (C01 C09 C10), denominator 6 (C01 C02 C03 C07 C09 C10): 50%.
-- Attribution (event = the birthday): C01 W4/T3 (open), C09 W4/T3 (open), C10 W3/T3 (first
-- allocated 2025-01-01, after the birthday), C02 W1/T1 (2023-01-01 to 2024-05-01, open on the
-- birthday); C03 and C07 never allocated.
--   T3 3/3 = 100%; T1 0/1 = 0%; unallocated 0/2 (C07, C03); SA2 3/3; SA1 0/1.
-- Calendar 2024 (period 2024-01-01 .. 2024-12-31): C04's birthday is now in; C10's contact
-- (2025-01-10) is after the period's end, so C10 is not in; C03's birthday is not in.
--   numerator 3 (C01 C04 C09), denominator 5 (C01 C02 C04 C07 C09): 60%.
-- Period 2024-04-01 .. 2024-06-01: C02 and C09, whose latest contact by 2024-06-01 is NO: 0/2.
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9101, 'C01', 'F', '2007-06-10', 'WBRI'),
       (9101, 'C02', 'M', '2006-04-01', 'WBRI'),
       (9101, 'C03', 'F', '2007-03-31', 'BAFR'),
       (9101, 'C04', 'M', '2006-03-31', 'WBRI'),
       (9101, 'C05', 'M', '2006-09-01', 'AOTH'),
       (9101, 'C06', 'F', '2007-11-15', 'WBRI'),
       (9101, 'C07', 'M', '2006-12-01', 'MWBC'),
       (9101, 'C08', 'F', '2005-10-10', 'WBRI'),
       (9101, 'C09', 'M', '2007-05-20', 'WBRI'),
       (9101, 'C10', 'F', '2006-12-20', 'WIRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-06-10', 'YES', 'F2', 'D1'),
       (9101, 'L02', 'C02', '2024-04-01', 'NO', null, null),
       (9101, 'L03', 'C03', '2025-03-20', 'REFU', null, null),
       (9101, 'L04', 'C04', '2024-03-31', 'YES', 'F4', 'B1'),
       (9101, 'L05', 'C05', '2024-09-01', 'DIED', null, null),
       (9101, 'L06', 'C06', '2024-11-20', 'RHOM', null, null),
       (9101, 'L07', 'C07', '2024-12-01', 'NREQ', null, null),
       (9101, 'L08', 'C08', '2024-10-10', 'YES', 'G5', 'U1'),
       (9101, 'L09a', 'C09', '2024-05-01', 'NO', null, null),
       (9101, 'L09b', 'C09', '2024-06-15', 'YES', 'P4', 'E1'),
       (9101, 'L10', 'C10', '2025-01-10', 'YES', 'F1', 'U1');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A02', 'C02', 'W1', 'T1', '2023-01-01', '2024-05-01'),
       (9101, 'A09', 'C09', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A10', 'C10', 'W3', 'T3', '2025-01-01', null);
