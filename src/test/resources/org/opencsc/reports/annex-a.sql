-- A tiny council by hand for the Annex A lists: snapshot 9401, as at 31 March 2026, so the
-- default period is 1 October 2025 to 31 March 2026. One child a list or two, with the values
-- AnnexAListsIT works out by hand:
--   K01 contact, early help, referral (and one a year before), assessment, episode of need
--   K02 referral, section 47 enquiry, conference, child protection plan
--   K03 in care: three episodes that continue one another (new placement, then new legal status)
--   K04 care leaver, 18 before the as-at date
--   K05 adopted: the adoption order on 1 December 2025 ended their care
--   K06 to be placed for adoption: the decision only in SSDA903 PlacedAdoption (no AD1 yet)
-- Worker W2's name starts with '=': it must be written as text, not as a formula.
insert into snapshot (snapshot_id, as_at, source, status, served_at) overriding system value
values (9401, '2026-03-31', 'test', 'served', '2026-04-01 02:00+00');
select create_snapshot_partitions(9401);

insert into service_area (snapshot_id, service_area_id, name)
values (9401, 'SA1', 'Safeguarding'), (9401, 'SA2', 'Children in Care');
insert into team (snapshot_id, team_id, service_area_id, name)
values (9401, 'T1', 'SA1', 'Front Door'),
       (9401, 'T2', 'SA1', 'Child Protection'),
       (9401, 'T3', 'SA2', 'Looked After');
insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
values (9401, 'W1', 'Amira Shah', false, 1, '2020-01-01'),
       (9401, 'W2', '=Ben Cole', false, 1, '2020-01-01'),
       (9401, 'W3', 'Cara Jones', false, 1, '2020-01-01');

insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity, uasc)
values (9401, 'K01', 'F', '2015-05-10', 'WBRI', false),
       (9401, 'K02', 'M', '2012-03-31', 'AIND', false),
       (9401, 'K03', 'F', '2010-09-09', 'BAFR', true),
       (9401, 'K04', 'M', '2007-06-01', 'WBRI', false),
       (9401, 'K05', 'F', '2022-01-01', 'WBRI', false),
       (9401, 'K06', 'M', '2021-01-01', 'WBRI', false);
insert into child_disability (snapshot_id, child_id, disability)
values (9401, 'K01', 'AUT'), (9401, 'K02', 'NONE');

insert into contact (snapshot_id, contact_id, child_id, contact_date, contact_source)
values (9401, 'CT1', 'K01', '2026-01-10', '1A'),
       (9401, 'CT0', 'K01', '2025-06-01', '1A');
insert into early_help_episode (snapshot_id, early_help_id, child_id, start_date, organisation)
values (9401, 'EH1', 'K01', '2025-11-01', 'Family Hub North');

insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                      primary_need_code, cin_closure_date, reason_for_closure)
values (9401, 'R0', 'K01', '2025-03-01', '1A', 'N1', '2025-05-01', 'RC1'),
       (9401, 'R1', 'K01', '2026-01-12', '1A', 'N1', null, null),
       (9401, 'R2', 'K02', '2025-12-01', '5A', 'N1', null, null);
insert into assessment (snapshot_id, assessment_id, referral_id, child_id,
                        assessment_actual_start_date, assessment_authorisation_date,
                        child_seen_date, child_in_need)
values (9401, 'A1', 'R1', 'K01', '2026-01-13', '2026-02-20', '2026-01-15', true);
insert into cin_plan (snapshot_id, cin_plan_id, referral_id, child_id, cin_plan_start_date)
values (9401, 'CP1', 'R1', 'K01', '2026-02-25');
insert into cin_visit (snapshot_id, cin_visit_id, child_id, visit_date, seen)
values (9401, 'V1', 'K01', '2026-03-01', true),
       (9401, 'V2', 'K01', '2026-03-20', false);

insert into section47 (snapshot_id, section47_id, referral_id, child_id, s47_actual_start_date,
                       s47_end_date, date_of_initial_cpc)
values (9401, 'S1', 'R2', 'K02', '2025-12-05', '2025-12-20', '2025-12-20');
insert into icpc (snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,
                  outcome_cp_plan)
values (9401, 'I1', 'S1', 'R2', 'K02', '2025-12-20', true);
insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,
                     initial_category_of_abuse, latest_category_of_abuse, number_of_previous_cpp)
values (9401, 'P1', 'R2', 'K02', 'I1', '2025-12-20', 'NEG', 'PHY', 1);
insert into cp_visit (snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen, seen_alone)
values (9401, 'PV1', 'P1', 'K02', '2026-03-10', true, true),
       (9401, 'PV0', 'P1', 'K02', '2026-01-10', true, false);
insert into cp_review (snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date)
values (9401, 'PR1', 'P1', 'K02', '2026-03-15');

insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place,
                             place_provider, dec, rec, pl_post, pl_distance, urn)
values (9401, 'E31', 'K03', '2025-01-01', 'S', 'C2', 'N1', 'U1', 'PR1', '2025-08-01', 'X1',
        'AB1 2CD', 3, 'SC000001'),
       (9401, 'E32', 'K03', '2025-08-01', 'P', 'C2', 'N1', 'U4', 'PR1', '2025-11-01', 'X1',
        'AB1 2CD', 25, 'SC123456'),
       (9401, 'E33', 'K03', '2025-11-01', 'L', 'C1', 'N1', 'U4', 'PR1', null, null,
        'AB1 2CD', 25, 'SC123456'),
       (9401, 'E51', 'K05', '2023-01-01', 'S', 'C2', 'N1', 'U1', 'PR1', '2024-02-01', 'X1',
        null, null, null),
       (9401, 'E52', 'K05', '2024-02-01', 'L', 'E1', 'N1', 'U1', 'PR1', '2025-12-01', 'E11',
        null, null, null);
insert into cla_review (snapshot_id, cla_review_id, child_id, review)
values (9401, 'CR1', 'K03', '2026-02-01');
insert into cla_visit (snapshot_id, cla_visit_id, child_id, visit_date, seen)
values (9401, 'CV1', 'K03', '2026-03-20', true);
insert into health_check (snapshot_id, health_check_id, child_id, check_type, check_date)
values (9401, 'H1', 'K03', 'health_assessment', '2025-12-01'),
       (9401, 'H2', 'K03', 'dental', '2026-01-05');
insert into missing_episode (snapshot_id, missing_episode_id, child_id, missing, mis_start, mis_end,
                             rhi_offered, rhi_accepted)
values (9401, 'M1', 'K03', 'M', '2026-02-10', '2026-02-11', true, false),
       (9401, 'M2', 'K03', 'A', '2025-12-01', '2025-12-01', null, null);

insert into care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,
                                 in_touch, activ, accom, pathway_plan_review_date, personal_advisor)
values (9401, 'CL1', 'K04', '2026-02-01', 'YES', 'F2', 'C1', '2026-01-15', 'W3'),
       (9401, 'CL0', 'K04', '2025-05-01', 'NO', null, null, null, null);

insert into adoption (snapshot_id, child_id, date_int, date_match, date_placed)
values (9401, 'K05', '2023-06-01', '2024-05-01', '2024-06-01'),
       (9401, 'K06', null, null, '2026-03-01');

insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date)
values (9401, 'AL1', 'K01', 'W1', 'T1', '2026-01-12'),
       (9401, 'AL2', 'K02', 'W2', 'T2', '2025-12-01'),
       (9401, 'AL3', 'K03', 'W3', 'T3', '2025-01-01'),
       (9401, 'AL4', 'K04', 'W3', 'T3', '2025-06-01');
