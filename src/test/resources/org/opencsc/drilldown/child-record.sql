-- One child with a rich history, by hand, with fixed ids: the child page's fixture
-- (ChildRecordIT). Served snapshot 9201 describes Tuesday 31 March 2026; snapshot 9200 is an older
-- load with the same child id that the page must not read.
--
-- C1: girl born 15 June 2014 (11 on 31 March 2026), in care on a full care order (C2) in long-term
-- foster care with other carers (U4) since 10 January 2026, allocated to W4 Dev Patel (T3 Looked
-- After Children) since 2 February 2026.
--
-- Timeline, newest first (records of one day in reverse journey order: referral above its contact)
--   2026-03-05 pep           PEP1
--   2026-03-02 assessment    AS3  not authorised: Mon 2 Mar -> Tue 31 Mar 2026 = 4 weeks + 1 day
--                                 = 21 working days so far (Good Friday 2026 is 3 April)
--   2026-02-20 cla_review    RV1  PN1
--   2026-02-14 missing       ME1  to 2026-02-15, M, interview offered, not accepted
--   2026-02-10 health_check  H2   dental
--   2026-02-01 cla_visit     CLV1 seen alone
--   2026-01-20 health_check  H1   health assessment
--   2026-01-10 episode       E2   open: T, C2, U4
--   2025-11-03 assessment    AS2  authorised 2025-12-01: Mon -> Mon, 4 weeks = 20 working days:
--                                 within 45
--   2025-10-15 episode       E1   to 2026-01-10: S, V2, U6, ceased X1 (CARPL)
--   2025-07-14 cin_visit     CINV1 seen alone
--   2025-06-30 cin_plan      CIN1 to 2025-10-15
--   2024-09-16 cp_review     CR1
--   2024-07-01 cp_visit      CV1  seen, not alone
--   2024-06-24 cp_plan       P1   to 2025-06-30 (stage 10)  } same day: plan above conference
--   2024-06-24 icpc          I1   plan made (stage 7)        }
--   2024-06-04 section47     S1   to 2024-06-20 (stage 6)    } same day: enquiry above discussion
--   2024-06-04 strategy_d.   SD1  enquiry started (stage 5)  }
--   2024-06-03 assessment    AS1  authorised 2024-08-20: Mon 3 Jun -> Mon 19 Aug = 11 weeks = 55,
--                                 + Tue 20 Aug = 56 working days (no bank holiday between 27 May
--                                 and 26 Aug 2024): NOT within 45
--   2024-06-03 referral      R1   open, police (6), N1
--   2024-06-03 contact       CT2  police, referral
--   2024-02-05 early_help    EH1  to 2024-05-31
--   2024-02-01 contact       CT1  schools (2A), early help
--   = 23 lines.
--
-- Workers who held the case, newest first:
--   A6 W4 Dev Patel   T3 2026-02-02 -> open
--   A5 W6 Fay Green   T3 2026-01-05 -> 2026-02-02 ABSENC
--   A4 W4 Dev Patel   T3 2025-10-15 -> 2026-01-05 ABSENC
--   A3 W3 Cara Jones  T2 2025-03-31 -> 2025-10-15 TSPROC
--   A2 W2 Ben Cole    T2 2024-06-24 -> 2025-03-31 LEFTRL   ends exactly 12 months before 31 March
--   A1 W1 Amira Shah  T1 2024-06-03 -> 2024-06-24 TSPROC
-- The 12 months run from 1 April 2025 to 31 March 2026 (the rule of
-- children_with_3_or_more_social_workers.sql: an allocation counts if it covered a day of them).
-- A2 held the case until 30 March 2025 (an allocation runs to the day before its end): not
-- counted. A3, A4, A5, A6 count; W4 twice counts once: {W3, W4, W6} = 3 workers = 2 changes.
--
-- Scope on 31 March 2026 (children_in_scope: allocated on the day or ending after 31 March 2025):
--   W4, W6, W3 see C1; W2 does not (A2 ended on 31 March 2025 itself); W5 (T1, another team)
--   never held C1 and does not; team T3's manager does.
--
-- C2: W5's child in T1 (so W5 is a worker with a case of their own).
-- C3: care leaver born 10 January 2007 (19): in care 2020-05-01 to 2025-01-10 (E17), then in
--   touch on 2026-01-20 (YES, F1 full time in higher education, D1 semi-independent: suitable);
--   never allocated: no worker, no change.

delete from current_snapshot;
insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9200, '2026-02-28', 'test', 'retired', '2026-03-01 02:00+00'),
       (9201, '2026-03-31', 'test', 'served', '2026-04-01 02:00+00');
insert into current_snapshot (snapshot_id) values (9201);
select create_snapshot_partitions(9200);
select create_snapshot_partitions(9201);

-- the old snapshot: C1 as a boy with one contact nobody may see
insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9200, 'C1', 'M', '2010-01-01', 'WBRI');
insert into contact (snapshot_id, contact_id, child_id, contact_date, contact_source, outcome)
values (9200, 'OLD1', 'C1', '2026-01-01', '9', 'nfa');

-- the served snapshot
insert into service_area (snapshot_id, service_area_id, name)
values (9201, 'SA1', 'Children in Need and Protection'),
       (9201, 'SA2', 'Children in Care');
insert into team (snapshot_id, team_id, service_area_id, name)
values (9201, 'T1', 'SA1', 'Assessment East'),
       (9201, 'T2', 'SA1', 'Child Protection North'),
       (9201, 'T3', 'SA2', 'Looked After Children');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9201, 'W1', 'Amira Shah', false, 1, '2020-01-01'),
       (9201, 'W2', 'Ben Cole', true, 1, '2023-06-01'),
       (9201, 'W3', 'Cara Jones', false, 0.8, '2021-01-01'),
       (9201, 'W4', 'Dev Patel', false, 1, '2019-01-01'),
       (9201, 'W5', 'Eve Ford', false, 1, '2022-01-01'),
       (9201, 'W6', 'Fay Green', true, 1, '2025-12-01');

insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
values (9201, 'C1', 'F', '2014-06-15', 'WBRI'),
       (9201, 'C2', 'M', '2018-02-01', 'WBRI'),
       (9201, 'C3', 'M', '2007-01-10', 'BAFR');

insert into contact (snapshot_id, contact_id, child_id, contact_date, contact_source, outcome)
values (9201, 'CT1', 'C1', '2024-02-01', '2A', 'early_help'),
       (9201, 'CT2', 'C1', '2024-06-03', '6', 'referral');
insert into early_help_episode (snapshot_id, early_help_id, child_id, start_date, end_date, reason,
                                end_reason, organisation)
values (9201, 'EH1', 'C1', '2024-02-05', '2024-05-31', 'Parenting support', 'Stepped up',
        'Family Hub North');
insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                      primary_need_code)
values (9201, 'R1', 'C1', '2024-06-03', '6', 'N1'),
       (9201, 'R2', 'C2', '2026-01-05', '1A', 'N4');
insert into assessment (snapshot_id, assessment_id, referral_id, child_id,
                        assessment_actual_start_date, assessment_authorisation_date,
                        child_seen_date, child_in_need)
values (9201, 'AS1', 'R1', 'C1', '2024-06-03', '2024-08-20', '2024-06-05', true),
       (9201, 'AS2', 'R1', 'C1', '2025-11-03', '2025-12-01', '2025-11-04', true),
       (9201, 'AS3', 'R1', 'C1', '2026-03-02', null, '2026-03-03', null);
insert into strategy_discussion (snapshot_id, strategy_discussion_id, referral_id, child_id,
                                 strategy_discussion_date, section47_initiated)
values (9201, 'SD1', 'R1', 'C1', '2024-06-04', true);
insert into section47 (snapshot_id, section47_id, referral_id, child_id, strategy_discussion_id,
                       s47_actual_start_date, s47_end_date, initial_cpc_target, date_of_initial_cpc)
values (9201, 'S1', 'R1', 'C1', 'SD1', '2024-06-04', '2024-06-20', '2024-06-25', '2024-06-24');
insert into icpc (snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,
                  outcome_cp_plan)
values (9201, 'I1', 'S1', 'R1', 'C1', '2024-06-24', true);
insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,
                     cpp_end_date, initial_category_of_abuse, latest_category_of_abuse)
values (9201, 'P1', 'R1', 'C1', 'I1', '2024-06-24', '2025-06-30', 'NEG', 'EMO');
insert into cp_review (snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date)
values (9201, 'CR1', 'P1', 'C1', '2024-09-16');
insert into cp_visit (snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen, seen_alone)
values (9201, 'CV1', 'P1', 'C1', '2024-07-01', true, false);
insert into cin_plan (snapshot_id, cin_plan_id, referral_id, child_id, cin_plan_start_date,
                      cin_plan_end_date)
values (9201, 'CIN1', 'R1', 'C1', '2025-06-30', '2025-10-15');
insert into cin_visit (snapshot_id, cin_visit_id, child_id, visit_date, seen, seen_alone)
values (9201, 'CINV1', 'C1', '2025-07-14', true, true);
insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place, dec, rec,
                             reason_place_change)
values (9201, 'E1', 'C1', '2025-10-15', 'S', 'V2', 'N1', 'U6', '2026-01-10', 'X1', 'CARPL'),
       (9201, 'E2', 'C1', '2026-01-10', 'T', 'C2', 'N1', 'U4', null, null, null),
       (9201, 'E3', 'C3', '2020-05-01', 'S', 'C2', 'N1', 'U4', '2025-01-10', 'E17', null);
insert into cla_review (snapshot_id, cla_review_id, child_id, review, review_code)
values (9201, 'RV1', 'C1', '2026-02-20', 'PN1');
insert into cla_visit (snapshot_id, cla_visit_id, child_id, visit_date, seen, seen_alone)
values (9201, 'CLV1', 'C1', '2026-02-01', true, true);
insert into health_check (snapshot_id, health_check_id, child_id, check_type, check_date)
values (9201, 'H1', 'C1', 'health_assessment', '2026-01-20'),
       (9201, 'H2', 'C1', 'dental', '2026-02-10');
insert into pep (snapshot_id, pep_id, child_id, pep_date)
values (9201, 'PEP1', 'C1', '2026-03-05');
insert into missing_episode (snapshot_id, missing_episode_id, child_id, missing, mis_start, mis_end,
                             rhi_offered, rhi_accepted)
values (9201, 'ME1', 'C1', 'M', '2026-02-14', '2026-02-15', true, false);
insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom)
values (9201, 'CL1', 'C3', '2026-01-20', 'YES', 'F1', 'D1');

insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date,
                        end_date, change_reason)
values (9201, 'A1', 'C1', 'W1', 'T1', '2024-06-03', '2024-06-24', 'TSPROC'),
       (9201, 'A2', 'C1', 'W2', 'T2', '2024-06-24', '2025-03-31', 'LEFTRL'),
       (9201, 'A3', 'C1', 'W3', 'T2', '2025-03-31', '2025-10-15', 'TSPROC'),
       (9201, 'A4', 'C1', 'W4', 'T3', '2025-10-15', '2026-01-05', 'ABSENC'),
       (9201, 'A5', 'C1', 'W6', 'T3', '2026-01-05', '2026-02-02', 'ABSENC'),
       (9201, 'A6', 'C1', 'W4', 'T3', '2026-02-02', null, null),
       (9201, 'A7', 'C2', 'W5', 'T1', '2026-01-06', null, null);
