-- Care leavers aged 19 to 21 in touch (care_leavers_in_touch_19_21). Default period 2024-04-01 ..
-- 2025-03-31. Each young person's OC3 contact about a birthday (the birthday nearest the contact).
--
--   child DOB         birthday in question       contacts (date IN_TOUCH)          cohort?  in touch
--   C01   2005-05-01  19th 2024-05-01            2024-05-01 YES                    yes      1
--   C02   2004-04-01  20th 2024-04-01 (1st day)  2024-04-01 NO                     yes      0
--   C03   2004-03-31  21st 2025-03-31 (last day) 2025-03-31 YES                    yes      1
--   C04   2002-07-01  22nd 2024-07-01            2024-07-01 YES                    no (22)
--   C05   2006-10-01  18th 2024-10-01            2024-10-01 YES                    no (18)
--   C06   2005-01-20  20th 2025-01-20            2025-01-20 DIED                   excluded
--   C07   2004-09-09  20th 2024-09-09            2024-09-09 RHOM                   excluded
--   C08   2003-12-12  21st 2024-12-12            2024-12-12 REFU                   yes      0
--   C09   2005-11-30  19th 2024-11-30            2024-11-30 NREQ                   yes      0
--   C10   2005-02-10  20th 2025-02-10            2024-12-20 YES (52 days before)   yes      1
--   C11   2005-06-01  19th 2024-06-01            2025-01-15 YES: over six months   no
--                     after the 19th, so about the 20th (2025-06-01, after the period)
--   C12   2004-06-20  20th 2024-06-20            2024-06-20 YES                    yes      1
--
-- Year to 2025-03-31: numerator 4 (C01 C03 C10 C12), denominator 7 (and C02 C08 C09): 57.1429%.
-- Attribution (event = the birthday): C01 and C03 W4/T3 (open); C10 W1/T1 (from 2024-06-01);
-- C12 W2/T2, whose allocation ended on the birthday (2024-01-01 to 2024-06-20): none open that
-- day and none after, so the last before, W2; C02, C08 and C09 never allocated.
--   T3 2/2, T2 1/1, T1 1/1, unallocated 0/3; SA1 2/2, SA2 2/2, unallocated 0/3.
-- First quarter of 2025 (2025-01-01 .. 2025-03-31): C03 (YES, 21st) and C10 (YES); C06 died: 2/2.
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
       (9101, 'C10', 'F', '2005-02-10', 'WIRI'),
       (9101, 'C11', 'M', '2005-06-01', 'APKN'),
       (9101, 'C12', 'F', '2004-06-20', 'WBRI');
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9101, 'L01', 'C01', '2024-05-01', 'YES', 'F1', 'U1'),
       (9101, 'L02', 'C02', '2024-04-01', 'NO', null, null),
       (9101, 'L03', 'C03', '2025-03-31', 'YES', 'F4', 'U1'),
       (9101, 'L04', 'C04', '2024-07-01', 'YES', 'F4', 'U1'),
       (9101, 'L05', 'C05', '2024-10-01', 'YES', 'F2', 'D1'),
       (9101, 'L06', 'C06', '2025-01-20', 'DIED', null, null),
       (9101, 'L07', 'C07', '2024-09-09', 'RHOM', null, null),
       (9101, 'L08', 'C08', '2024-12-12', 'REFU', null, null),
       (9101, 'L09', 'C09', '2024-11-30', 'NREQ', null, null),
       (9101, 'L10', 'C10', '2024-12-20', 'YES', 'G5', 'S2'),
       (9101, 'L11', 'C11', '2025-01-15', 'YES', 'P2', 'K1'),
       (9101, 'L12', 'C12', '2024-06-20', 'YES', 'G6', 'B1');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9101, 'A01', 'C01', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A03', 'C03', 'W4', 'T3', '2024-01-01', null),
       (9101, 'A10', 'C10', 'W1', 'T1', '2024-06-01', null),
       (9101, 'A12', 'C12', 'W2', 'T2', '2024-01-01', '2024-06-20');
