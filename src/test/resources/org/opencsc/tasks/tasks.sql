-- A team's work by hand. Served snapshot 9301 describes Thursday 1 May 2025: "today" for every
-- task. Snapshot 9300 is an older load that no list may read. Local standards as shipped: a child
-- protection visit every 10 working days, supervision every 20. Bank holidays that count below:
-- Good Friday 18 April, Easter Monday 21 April, early May bank holiday 5 May, spring bank holiday
-- 26 May 2025 (and New Year's Day).
--
-- SA1 Children in Need and Protection
--   T1 Safeguarding North: W1 Asha Khan, W2 Ben Lee, WM Mo Reid (the team manager, holds CM1),
--      all members since before 2025
-- SA2 Children in Care
--   T2 Children in Care West: W3 Cal Owen (holds C06)
-- WH Hana Bell, head of service: no team, not case-holding, holds no child: never listed.
--
-- The tasks on 1 May 2025 (days = due date - 1 May; negative: overdue):
--   W1 (C01, C02, C03; C07 was W1's until 1 Feb 2025 and is W2's now, so not W1's work)
--     C02 CLA review   due 2025-03-20  -42  reviews held 1 Jul 2024 (1st, due by the 20th working
--                                            day after care began on 10 Jun 2024: 8 Jul) and 20
--                                            Sep 2024 (2nd): the 3rd is due 6 months later
--     C02 CLA visit    due 2025-04-17  -14  placement changed on 1 Mar 2025 (episode RNE P; the
--                                            period of care still began on 10 Jun 2024): the visit
--                                            of 20 Feb is before it, seen 6 Mar -> +42 days
--     C01 CP visit     due 2025-05-01    0  last seen Tue 15 Apr (the visit of 25 Apr did not see
--                                            the child): 10 working days after, Good Friday and
--                                            Easter Monday not counted, is today (Tue 29 Apr
--                                            without the bank holidays)
--     W1 supervision   due 2025-05-02    1  last supervised Wed 2 Apr: 20 working days after,
--                                            across Easter
--     C03 assessment   due 2025-05-15   14  started Mon 10 Mar: 45 weekdays is Mon 12 May, plus
--                                            Good Friday, Easter Monday and 5 May
--     C01 CP review    due 2025-06-03   33  plan began 3 Mar 2025, no review yet: +3 months (outside
--                                            the 28 days)
--   W2 (C04, C05, C07, C09)
--     C07 assessment   due 2025-03-10  -52  started Mon 6 Jan 2025, 9 weeks later, no bank holiday
--     W2 supervision   due 2025-03-31  -31  last supervised Mon 3 Mar: 20 working days after
--     C04 CLA visit    due 2025-05-05    4  came into care Mon 28 Apr, not seen since: +7 days
--     C05 CP visit     due 2025-05-07    6  plan began Tue 22 Apr, no visit: 10 working days
--                                            after, 5 May not counted
--     C04 CLA review   due 2025-05-28   27  20 working days after 28 Apr, 5 and 26 May not counted
--     C05 CP review    due 2025-07-22   82  plan began 22 Apr: +3 months (outside)
--     C09: none (its plan ended on 10 Apr 2025, no open assessment)
--   WM (CM1)
--     CM1 CP review    due 2025-05-01    0  plan began 15 Oct 2024, reviewed 1 Nov 2024: +6 months
--     WM supervision   due 2025-05-13   12  last supervised Thu 10 Apr: 20 working days after,
--                                            Easter and 5 May not counted
--     CM1 CP visit     due 2025-05-14   13  last seen Tue 29 Apr: 10 working days after, 5 May out
--   W3 (C06), team T2
--     W3 supervision   due 2023-01-01        never supervised: due from the day they started
--     C06 CLA visit    due 2024-11-11        came into care Mon 4 Nov 2024, never seen: +7 days
--     C06 CLA review   due 2025-02-20        reviewed 20 Nov 2024 (the 1st): the 2nd 3 months later
--
-- So team T1's list, most urgent first: C07 assessment (10 Mar), C02 CLA review (20 Mar), W2
-- supervision (31 Mar), C02 CLA visit (17 Apr), C01 CP visit and CM1 CP review (today), W1
-- supervision (2 May), C04 CLA visit (5 May), C05 CP visit (7 May) [9 in the next 7 days], WM
-- supervision (13 May), CM1 CP visit (14 May), C03 assessment (15 May) [12 in 14 days], C04 CLA
-- review (28 May) [13 in 28 days]; C01 and C05's CP reviews fall due later (15 tasks in all).
-- W1: 4 in 7 days, 5 in 14 and in 28, 6 in all.
--
-- The indicators as at 1 May 2025 agree (TaskServiceIT): CLA visits fail for C02 and C06 (due
-- before today); CP visits fail for C01 (due today, not visited: the indicator looks at the end of
-- the day); CLA reviews fail for C02 and C06; CP reviews fail for CM1 (due today) and for C09's
-- ended plan (no task: the plan is closed); supervision fails for W2 and W3.

delete from current_snapshot;
insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9300, '2025-04-30', 'test', 'retired', '2025-05-01 02:00+00'),
       (9301, '2025-05-01', 'test', 'served', '2025-05-02 02:00+00');
insert into current_snapshot (snapshot_id) values (9301);
select create_snapshot_partitions(9300);
select create_snapshot_partitions(9301);

-- the old snapshot: W1 held a child on a plan with a visit long overdue
insert into service_area (snapshot_id, service_area_id, name) values (9300, 'SA1', 'Old name');
insert into team (snapshot_id, team_id, service_area_id, name) values (9300, 'T1', 'SA1', 'Old team');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9300, 'W1', 'Asha Khan', false, 1, '2020-01-01');
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9300, 'C99', 'F', '2015-01-01', 'WBRI');
insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source)
values (9300, 'R99', 'C99', '2024-01-01', '1A');
insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date,
                     initial_category_of_abuse, latest_category_of_abuse)
values (9300, 'P99', 'R99', 'C99', '2024-02-01', 'NEG', 'NEG');
insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date)
values (9300, 'A99', 'C99', 'W1', 'T1', '2024-01-01');

-- the served snapshot
insert into service_area (snapshot_id, service_area_id, name)
values (9301, 'SA1', 'Children in Need and Protection'),
       (9301, 'SA2', 'Children in Care');
insert into team (snapshot_id, team_id, service_area_id, name)
values (9301, 'T1', 'SA1', 'Safeguarding North'),
       (9301, 'T2', 'SA2', 'Children in Care West');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, case_holding, role_start_date)
values (9301, 'WH', 'Hana Bell', false, 1, false, '2015-01-01'),
       (9301, 'WM', 'Mo Reid', false, 1, false, '2018-01-01'),
       (9301, 'W1', 'Asha Khan', false, 1, true, '2020-01-01'),
       (9301, 'W2', 'Ben Lee', true, 1, true, '2021-01-01'),
       (9301, 'W3', 'Cal Owen', false, 1, true, '2023-01-01');
insert into worker_team (snapshot_id, worker_id, team_id, start_date)
values (9301, 'WM', 'T1', '2018-01-01'),
       (9301, 'W1', 'T1', '2020-01-01'),
       (9301, 'W2', 'T1', '2021-01-01'),
       (9301, 'W3', 'T2', '2023-01-01');

insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9301, 'C01', 'F', '2016-04-04', 'WBRI'),
       (9301, 'C02', 'M', '2012-09-09', 'WBRI'),
       (9301, 'C03', 'F', '2019-02-02', 'MWBC'),
       (9301, 'C04', 'M', '2014-07-07', 'AIND'),
       (9301, 'C05', 'F', '2021-03-03', 'BAFR'),
       (9301, 'C06', 'M', '2013-05-05', 'WBRI'),
       (9301, 'C07', 'F', '2017-08-08', 'WIRI'),
       (9301, 'C09', 'M', '2015-10-10', 'WBRI'),
       (9301, 'CM1', 'F', '2018-11-11', 'OOTH');

insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source)
values (9301, 'R01', 'C01', '2025-02-20', '1A'),
       (9301, 'R02', 'C02', '2024-05-01', '1A'),
       (9301, 'R03', 'C03', '2025-03-03', '1A'),
       (9301, 'R04', 'C04', '2025-04-01', '1A'),
       (9301, 'R05', 'C05', '2025-04-01', '1A'),
       (9301, 'R06', 'C06', '2024-10-01', '1A'),
       (9301, 'R07', 'C07', '2025-01-02', '1A'),
       (9301, 'R09', 'C09', '2024-08-01', '1A'),
       (9301, 'RM1', 'CM1', '2024-09-15', '1A');

insert into assessment (snapshot_id, assessment_id, referral_id, child_id,
                        assessment_actual_start_date, assessment_authorisation_date)
values (9301, 'AS01', 'R01', 'C01', '2025-02-21', '2025-03-01'),
       (9301, 'AS03', 'R03', 'C03', '2025-03-10', null),
       (9301, 'AS07', 'R07', 'C07', '2025-01-06', null);

insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date, cpp_end_date,
                     initial_category_of_abuse, latest_category_of_abuse)
values (9301, 'P01', 'R01', 'C01', '2025-03-03', null, 'NEG', 'NEG'),
       (9301, 'P05', 'R05', 'C05', '2025-04-22', null, 'EMO', 'EMO'),
       (9301, 'P09', 'R09', 'C09', '2024-09-01', '2025-04-10', 'PHY', 'PHY'),
       (9301, 'PM1', 'RM1', 'CM1', '2024-10-15', null, 'NEG', 'NEG');
insert into cp_visit (snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen)
values (9301, 'V011', 'P01', 'C01', '2025-03-20', true),
       (9301, 'V012', 'P01', 'C01', '2025-04-15', true),
       (9301, 'V013', 'P01', 'C01', '2025-04-25', false),
       (9301, 'VM1', 'PM1', 'CM1', '2025-04-29', true);
insert into cp_review (snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date)
values (9301, 'RVM1', 'PM1', 'CM1', '2024-11-01');

insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place, dec, rec)
values (9301, 'E02a', 'C02', '2024-06-10', 'S', 'C2', 'N1', 'U1', '2025-03-01', 'X1'),
       (9301, 'E02b', 'C02', '2025-03-01', 'P', 'C2', 'N1', 'U2', null, null),
       (9301, 'E04', 'C04', '2025-04-28', 'S', 'C2', 'N1', 'U1', null, null),
       (9301, 'E06', 'C06', '2024-11-04', 'S', 'C2', 'N1', 'U4', null, null);
insert into cla_visit (snapshot_id, cla_visit_id, child_id, visit_date, seen)
values (9301, 'CV021', 'C02', '2025-02-20', true),
       (9301, 'CV022', 'C02', '2025-03-06', true);
insert into cla_review (snapshot_id, cla_review_id, child_id, review)
values (9301, 'CR021', 'C02', '2024-07-01'),
       (9301, 'CR022', 'C02', '2024-09-20'),
       (9301, 'CR061', 'C06', '2024-11-20');

insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date, end_date)
values (9301, 'AL01', 'C01', 'W1', 'T1', '2025-02-20', null),
       (9301, 'AL02', 'C02', 'W1', 'T1', '2024-06-10', null),
       (9301, 'AL03', 'C03', 'W1', 'T1', '2025-03-03', null),
       (9301, 'AL04', 'C04', 'W2', 'T1', '2025-04-01', null),
       (9301, 'AL05', 'C05', 'W2', 'T1', '2025-04-01', null),
       (9301, 'AL06', 'C06', 'W3', 'T2', '2024-10-01', null),
       (9301, 'AL07a', 'C07', 'W1', 'T1', '2025-01-02', '2025-02-01'),
       (9301, 'AL07b', 'C07', 'W2', 'T1', '2025-02-01', null),
       (9301, 'AL09', 'C09', 'W2', 'T1', '2024-08-01', null),
       (9301, 'ALM1', 'CM1', 'WM', 'T1', '2024-09-15', null);

insert into supervision (snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date)
values (9301, 'S1a', 'W1', 'WM', '2025-03-05'),
       (9301, 'S1b', 'W1', 'WM', '2025-04-02'),
       (9301, 'S2', 'W2', 'WM', '2025-03-03'),
       (9301, 'SM', 'WM', 'WH', '2025-04-10');
