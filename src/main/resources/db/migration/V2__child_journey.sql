-- OpenCSC schema, part 2: the child's journey (shared/docs/domain.md), contact to care leaver.
-- Column names are the DfE field names in snake_case (CINreferralDate -> cin_referral_date,
-- SSDA903 DECOM -> decom); each column's comment cites the field. Dates are dates, codes are text
-- checked against their shape here and against the year's code list by the ingest.

create table child (
  snapshot_id      bigint not null references snapshot (snapshot_id) on delete cascade,
  child_id         text not null check (child_id <> '' and child_id = upper(btrim(child_id))),
  upn              text check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
  former_upn       text,
  upn_unknown      text check (upn_unknown ~ '^UN[1-7]$'),
  sex              text not null check (sex in ('M', 'F', 'U')),
  person_birth_date date,
  expected_person_birth_date date,
  person_death_date date,
  ethnicity        text not null,
  uasc             boolean not null default false,
  duc              date,
  mother           boolean,
  mc_dob           date,
  source_file      text,
  source_row       integer,
  primary key (snapshot_id, child_id),
  check (person_birth_date is not null or expected_person_birth_date is not null),
  check (person_death_date is null or person_death_date >= person_birth_date),
  check (duc is null or duc >= person_birth_date)
);
comment on table child is 'A child known to children''s social care. CIN ChildIdentifiers/ChildCharacteristics, SSDA903 Header and UASC, SSD ssd_person.';
comment on column child.child_id is 'CIN LAchildID / SSDA903 CHILD / SSD pers_person_id, trimmed and upper-cased.';
comment on column child.upn is 'CIN UPN / SSDA903 UPN: unique pupil number (13 characters).';
comment on column child.former_upn is 'CIN FormerUPN.';
comment on column child.upn_unknown is 'CIN UPNunknown: UN1-UN7 reason the UPN is not known.';
comment on column child.sex is 'CIN Sex / SSDA903 SEX (M, F, U from 2025; older returns'' 1/2 are mapped on import).';
comment on column child.person_birth_date is 'CIN PersonBirthDate / SSDA903 DOB.';
comment on column child.expected_person_birth_date is 'CIN ExpectedPersonBirthDate (unborn child).';
comment on column child.person_death_date is 'CIN PersonDeathDate.';
comment on column child.ethnicity is 'CIN Ethnicity / SSDA903 ETHNIC (WBRI … NOBT).';
comment on column child.uasc is 'Unaccompanied asylum-seeking child (SSDA903 UASC table present).';
comment on column child.duc is 'SSDA903 UASC DUC: date UASC status ceased (18th birthday or earlier).';
comment on column child.mother is 'SSDA903 MOTHER: the child is a mother (1) or not (0).';
comment on column child.mc_dob is 'SSDA903 MC_DOB: date of birth of the mother''s child.';

create table child_disability (
  snapshot_id  bigint not null,
  child_id     text not null,
  disability   text not null check (disability in ('NONE','MOB','HAND','PC','INC','COMM','LD','HEAR','VIS','BEH','CON','AUT','DDA')),
  primary key (snapshot_id, child_id, disability),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table child_disability is 'CIN ChildCharacteristics/Disabilities/Disability; SSD ssd_disability.';

create table contact (
  snapshot_id      bigint not null,
  contact_id       text not null,
  child_id         text not null,
  contact_date     date not null,
  contact_source   text not null,
  outcome          text not null check (outcome in ('referral', 'early_help', 'advice', 'nfa')),
  source_file      text,
  source_row       integer,
  primary key (snapshot_id, contact_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table contact is 'A contact with the front door (Annex A list 1; SSD ssd_contacts).';
comment on column contact.contact_date is 'Annex A Date of Contact / SSD cont_contact_date.';
comment on column contact.contact_source is 'Annex A Contact Source / SSD cont_contact_source_code (CIN ReferralSource codes).';
comment on column contact.outcome is 'What the front door decided: referral, early help, advice and information, no further action.';

create table early_help_episode (
  snapshot_id      bigint not null,
  early_help_id    text not null,
  child_id         text not null,
  start_date       date not null,
  end_date         date,
  reason           text,
  end_reason       text,
  organisation     text not null,
  worker_id        text,
  source_file      text,
  source_row       integer,
  primary key (snapshot_id, early_help_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check (end_date is null or end_date >= start_date)
);
comment on table early_help_episode is 'Early help below statutory thresholds (Annex A list 2; SSD ssd_early_help_episodes earl_*).';

create table referral (
  snapshot_id        bigint not null,
  referral_id        text not null,
  child_id           text not null,
  cin_referral_date  date not null,
  referral_source    text not null,
  primary_need_code  text check (primary_need_code ~ '^N[0-9]$'),
  cin_closure_date   date,
  reason_for_closure text check (reason_for_closure ~ '^RC[1-9]$'),
  referral_nfa       boolean not null default false,
  source_file        text,
  source_row         integer,
  primary key (snapshot_id, referral_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check (cin_closure_date is null or cin_closure_date >= cin_referral_date),
  check ((cin_closure_date is null) = (reason_for_closure is null))
);
comment on table referral is 'A referral and the episode of need it opens: CIN census CINdetails; SSD ssd_cin_episodes.';
comment on column referral.cin_referral_date is 'CIN CINreferralDate.';
comment on column referral.referral_source is 'CIN ReferralSource (1A … 10).';
comment on column referral.primary_need_code is 'CIN PrimaryNeedCode (N0-N9).';
comment on column referral.cin_closure_date is 'CIN CINclosureDate.';
comment on column referral.reason_for_closure is 'CIN ReasonForClosure (RC1-RC9).';
comment on column referral.referral_nfa is 'CIN ReferralNFA: closed with no further action at referral.';

create table assessment (
  snapshot_id                    bigint not null,
  assessment_id                  text not null,
  referral_id                    text not null,
  child_id                       text not null,
  assessment_actual_start_date   date not null,
  assessment_internal_review_date date,
  assessment_authorisation_date  date,
  child_seen_date                date,
  child_in_need                  boolean,
  source_file                    text,
  source_row                     integer,
  primary key (snapshot_id, assessment_id),
  foreign key (snapshot_id, referral_id) references referral (snapshot_id, referral_id) on delete cascade,
  check (assessment_authorisation_date is null or assessment_authorisation_date >= assessment_actual_start_date),
  check (child_seen_date is null or child_seen_date >= assessment_actual_start_date - 30)
);
comment on table assessment is 'A single (child and family) assessment: CIN Assessments; SSD ssd_cin_assessments.';
comment on column assessment.assessment_actual_start_date is 'CIN AssessmentActualStartDate.';
comment on column assessment.assessment_internal_review_date is 'CIN AssessmentInternalReviewDate.';
comment on column assessment.assessment_authorisation_date is 'CIN AssessmentAuthorisationDate: completed and authorised.';
comment on column assessment.child_seen_date is 'Date the child was first seen in the assessment (SSD cina_assessment_child_seen; Annex A Child Seen During Continuous Assessment).';
comment on column assessment.child_in_need is 'Outcome: assessed as requiring children''s social care support (Annex A list 4); false = no further action (SSD cina_assessment_outcome_nfa).';

create table assessment_factor (
  snapshot_id    bigint not null,
  assessment_id  text not null,
  factor         text not null check (factor ~ '^[0-9]{1,2}[A-F]?$'),
  primary key (snapshot_id, assessment_id, factor),
  foreign key (snapshot_id, assessment_id) references assessment (snapshot_id, assessment_id) on delete cascade
);
comment on table assessment_factor is 'CIN FactorsIdentifiedAtAssessment/AssessmentFactors (1A … 24A); SSD ssd_assessment_factors.';

create table cin_plan (
  snapshot_id           bigint not null,
  cin_plan_id           text not null,
  referral_id           text not null,
  child_id              text not null,
  cin_plan_start_date   date not null,
  cin_plan_end_date     date,
  source_file           text,
  source_row            integer,
  primary key (snapshot_id, cin_plan_id),
  foreign key (snapshot_id, referral_id) references referral (snapshot_id, referral_id) on delete cascade,
  check (cin_plan_end_date is null or cin_plan_end_date >= cin_plan_start_date)
);
comment on table cin_plan is 'A child in need plan: CIN CINPlanDates; SSD ssd_cin_plans.';
comment on column cin_plan.cin_plan_start_date is 'CIN CINPlanStartDate.';
comment on column cin_plan.cin_plan_end_date is 'CIN CINPlanEndDate.';

create table cin_visit (
  snapshot_id   bigint not null,
  cin_visit_id  text not null,
  child_id      text not null,
  visit_date    date not null,
  seen          boolean not null default true,
  seen_alone    boolean,
  primary key (snapshot_id, cin_visit_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table cin_visit is 'A visit to a child in need (local standard: at least every 20 working days); SSD ssd_cin_visits.';

create table strategy_discussion (
  snapshot_id               bigint not null,
  strategy_discussion_id    text not null,
  referral_id               text not null,
  child_id                  text not null,
  strategy_discussion_date  date not null,
  section47_initiated       boolean not null,
  source_file               text,
  source_row                integer,
  primary key (snapshot_id, strategy_discussion_id),
  foreign key (snapshot_id, referral_id) references referral (snapshot_id, referral_id) on delete cascade
);
comment on table strategy_discussion is 'A strategy discussion with police and health that decides whether to start a section 47 enquiry.';

create table section47 (
  snapshot_id              bigint not null,
  section47_id             text not null,
  referral_id              text not null,
  child_id                 text not null,
  strategy_discussion_id   text,
  s47_actual_start_date    date not null,
  s47_end_date             date,
  initial_cpc_target       date,
  date_of_initial_cpc      date,
  icpc_not_required        boolean not null default false,
  source_file              text,
  source_row               integer,
  primary key (snapshot_id, section47_id),
  foreign key (snapshot_id, referral_id) references referral (snapshot_id, referral_id) on delete cascade,
  foreign key (snapshot_id, strategy_discussion_id) references strategy_discussion (snapshot_id, strategy_discussion_id),
  check (s47_end_date is null or s47_end_date >= s47_actual_start_date),
  check (initial_cpc_target is null or initial_cpc_target >= s47_actual_start_date),
  check (date_of_initial_cpc is null or date_of_initial_cpc >= s47_actual_start_date),
  check (not (icpc_not_required and date_of_initial_cpc is not null))
);
comment on table section47 is 'A section 47 enquiry: CIN Section47; SSD ssd_s47_enquiry.';
comment on column section47.s47_actual_start_date is 'CIN S47ActualStartDate: date of the strategy discussion that initiated the enquiry.';
comment on column section47.initial_cpc_target is 'CIN InitialCPCtarget: 15 working days after S47ActualStartDate.';
comment on column section47.date_of_initial_cpc is 'CIN DateOfInitialCPC.';
comment on column section47.icpc_not_required is 'CIN ICPCnotRequired: the enquiry concluded no conference was needed.';

create table icpc (
  snapshot_id          bigint not null,
  icpc_id              text not null,
  section47_id         text not null,
  referral_id          text not null,
  child_id             text not null,
  date_of_initial_cpc  date not null,
  outcome_cp_plan      boolean not null,
  source_file          text,
  source_row           integer,
  primary key (snapshot_id, icpc_id),
  foreign key (snapshot_id, section47_id) references section47 (snapshot_id, section47_id) on delete cascade
);
comment on table icpc is 'An initial child protection conference: SSD ssd_initial_cp_conference; CIN DateOfInitialCPC.';
comment on column icpc.outcome_cp_plan is 'SSD icpc_icpc_outcome_cp_flag: the conference made a child protection plan.';

create table cp_plan (
  snapshot_id                 bigint not null,
  cp_plan_id                  text not null,
  referral_id                 text not null,
  child_id                    text not null,
  icpc_id                     text,
  cpp_start_date              date not null,
  cpp_end_date                date,
  initial_category_of_abuse   text not null check (initial_category_of_abuse in ('NEG','PHY','SAB','EMO','MUL')),
  latest_category_of_abuse    text not null check (latest_category_of_abuse in ('NEG','PHY','SAB','EMO','MUL')),
  number_of_previous_cpp      smallint not null default 0 check (number_of_previous_cpp >= 0),
  source_file                 text,
  source_row                  integer,
  primary key (snapshot_id, cp_plan_id),
  foreign key (snapshot_id, referral_id) references referral (snapshot_id, referral_id) on delete cascade,
  foreign key (snapshot_id, icpc_id) references icpc (snapshot_id, icpc_id),
  check (cpp_end_date is null or cpp_end_date >= cpp_start_date)
);
create index on cp_plan (snapshot_id, child_id);
create trigger cp_plan_no_overlap_insert after insert on cp_plan
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'cp_plan_id', 'cpp_start_date', 'cpp_end_date');
create trigger cp_plan_no_overlap_update after update on cp_plan
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'cp_plan_id', 'cpp_start_date', 'cpp_end_date');
comment on table cp_plan is 'A child protection plan: CIN ChildProtectionPlans; SSD ssd_cp_plans. A child has one plan at a time.';
comment on column cp_plan.cpp_start_date is 'CIN CPPstartDate.';
comment on column cp_plan.cpp_end_date is 'CIN CPPendDate.';
comment on column cp_plan.initial_category_of_abuse is 'CIN InitialCategoryOfAbuse (NEG PHY SAB EMO MUL).';
comment on column cp_plan.latest_category_of_abuse is 'CIN LatestCategoryOfAbuse.';
comment on column cp_plan.number_of_previous_cpp is 'CIN NumberOfPreviousCPP: earlier plans of this child in this LA.';

create table cp_review (
  snapshot_id      bigint not null,
  cp_review_id     text not null,
  cp_plan_id       text not null,
  child_id         text not null,
  cpp_review_date  date not null,
  primary key (snapshot_id, cp_review_id),
  foreign key (snapshot_id, cp_plan_id) references cp_plan (snapshot_id, cp_plan_id) on delete cascade
);
comment on table cp_review is 'A child protection review conference: CIN Reviews/CPPreviewDate; SSD ssd_cp_reviews.';
comment on column cp_review.cpp_review_date is 'CIN CPPreviewDate.';

create table cp_visit (
  snapshot_id    bigint not null,
  cp_visit_id    text not null,
  cp_plan_id     text not null,
  child_id       text not null,
  visit_date     date not null,
  seen           boolean not null default true,
  seen_alone     boolean,
  primary key (snapshot_id, cp_visit_id),
  foreign key (snapshot_id, cp_plan_id) references cp_plan (snapshot_id, cp_plan_id) on delete cascade
);
comment on table cp_visit is 'A visit to a child on a child protection plan (local standard: at least every 10 working days); SSD ssd_cp_visits.';

create table episode_of_care (
  snapshot_id          bigint not null,
  episode_id           text not null,
  child_id             text not null,
  decom                date not null,
  rne                  text not null check (rne in ('S','L','P','T','B','U')),
  ls                   text not null check (ls ~ '^[A-Z][0-9]$'),
  cin                  text not null check (cin ~ '^N[1-8]$'),
  place                text not null check (place ~ '^[A-Z][0-9]{1,2}$'),
  place_provider       text check (place_provider ~ '^PR[0-5]$'),
  dec                  date,
  rec                  text,
  reason_place_change  text,
  home_post            text,
  pl_post              text,
  pl_distance          numeric(6, 1) check (pl_distance >= 0),
  urn                  text,
  source_file          text,
  source_row           integer,
  primary key (snapshot_id, episode_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check (dec is null or dec >= decom),
  check ((dec is null) = (rec is null))
);
create index on episode_of_care (snapshot_id, child_id);
create trigger episode_of_care_no_overlap_insert after insert on episode_of_care
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'episode_id', 'decom', 'dec');
create trigger episode_of_care_no_overlap_update after update on episode_of_care
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'episode_id', 'decom', 'dec');
comment on table episode_of_care is 'An SSDA903 episode: a period under one legal status in one placement. A child is in at most one episode at a time; a new episode starts the day the last ends.';
comment on column episode_of_care.decom is 'SSDA903 DECOM: date episode commenced.';
comment on column episode_of_care.rne is 'SSDA903 RNE: reason for new episode (S started, L legal status change, P placement change, T both, B both in Wales-to-England transfer, U both, unknown).';
comment on column episode_of_care.ls is 'SSDA903 LS: legal status (C1 C2 D1 E1 V2 V3 V4 L1 L2 L3 J1 J2 J3).';
comment on column episode_of_care.cin is 'SSDA903 CIN: category of need (N1-N8).';
comment on column episode_of_care.place is 'SSDA903 PLACE: placement type (PL in the 903 XML).';
comment on column episode_of_care.place_provider is 'SSDA903 PLACE_PROVIDER (PR0-PR5).';
comment on column episode_of_care.dec is 'SSDA903 DEC: date episode ceased.';
comment on column episode_of_care.rec is 'SSDA903 REC: reason episode ceased (X1 = episode continues in care under a new episode).';
comment on column episode_of_care.reason_place_change is 'SSDA903 REASON_PLACE_CHANGE.';
comment on column episode_of_care.home_post is 'SSDA903 HOME_POST: first half of the home postcode.';
comment on column episode_of_care.pl_post is 'SSDA903 PL_POST: first half of the placement postcode.';
comment on column episode_of_care.pl_distance is 'Distance in miles between home and placement postcodes (computed by the DfE; SSD clap_cla_placement_distance).';
comment on column episode_of_care.urn is 'SSDA903 URN: Ofsted unique reference number of the placement.';

create table cla_review (
  snapshot_id    bigint not null,
  cla_review_id  text not null,
  child_id       text not null,
  review         date not null,
  review_code    text check (review_code ~ '^PN[0-7]$'),
  primary key (snapshot_id, cla_review_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table cla_review is 'A statutory review of a looked-after child: SSDA903 Reviews; SSD ssd_cla_reviews.';
comment on column cla_review.review is 'SSDA903 REVIEW: date of the review.';
comment on column cla_review.review_code is 'SSDA903 REVIEW_CODE: how the child participated (PN0-PN7).';

create table cla_visit (
  snapshot_id    bigint not null,
  cla_visit_id   text not null,
  child_id       text not null,
  visit_date     date not null,
  seen           boolean not null default true,
  seen_alone     boolean,
  primary key (snapshot_id, cla_visit_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table cla_visit is 'A statutory visit to a looked-after child (Care Planning Regulations 2010 reg 28); SSD ssd_cla_visits.';

create table health_check (
  snapshot_id      bigint not null,
  health_check_id  text not null,
  child_id         text not null,
  check_type       text not null check (check_type in ('health_assessment', 'dental', 'immunisation', 'sdq')),
  check_date       date not null,
  sdq_score        smallint check (sdq_score between 0 and 40),
  primary key (snapshot_id, health_check_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check ((check_type = 'sdq') or sdq_score is null)
);
comment on table health_check is 'Health assessments, dental checks, immunisations and SDQs of looked-after children (SSDA903 OC2 HEALTH_CHECK, TEETH_CHECK, IMMUNISATIONS, SDQ_SCORE; SSD ssd_cla_health).';

create table pep (
  snapshot_id  bigint not null,
  pep_id       text not null,
  child_id     text not null,
  pep_date     date not null,
  primary key (snapshot_id, pep_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table pep is 'A personal education plan (review) for a looked-after child.';

create table missing_episode (
  snapshot_id          bigint not null,
  missing_episode_id   text not null,
  child_id             text not null,
  missing              text not null check (missing in ('M', 'A')),
  mis_start            date not null,
  mis_end              date,
  rhi_offered          boolean,
  rhi_accepted         boolean,
  source_file          text,
  source_row           integer,
  primary key (snapshot_id, missing_episode_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check (mis_end is null or mis_end >= mis_start),
  check (not (rhi_accepted and not rhi_offered))
);
comment on table missing_episode is 'A looked-after child missing (M) or away without authorisation (A): SSDA903 Missing; SSD ssd_missing.';
comment on column missing_episode.missing is 'SSDA903 MISSING: M missing, A away without authorisation.';
comment on column missing_episode.mis_start is 'SSDA903 MIS_START.';
comment on column missing_episode.mis_end is 'SSDA903 MIS_END.';
comment on column missing_episode.rhi_offered is 'Return home interview offered (SSD miss_missing_rhi_offered; Annex A list 8).';
comment on column missing_episode.rhi_accepted is 'Return home interview accepted (SSD miss_missing_rhi_accepted).';

create table care_leaver_contact (
  snapshot_id               bigint not null,
  care_leaver_contact_id    text not null,
  child_id                  text not null,
  contact_date              date not null,
  in_touch                  text not null check (in_touch in ('YES','NO','DIED','REFU','NREQ','RHOM')),
  activ                     text check (activ in ('F1','P1','F2','P2','F4','P4','F5','P5','G4','G5','G6','0')),
  accom                     text check (accom ~ '^([A-Z][12]|0)$'),
  pathway_plan_review_date  date,
  personal_advisor          text,
  source_file               text,
  source_row                integer,
  primary key (snapshot_id, care_leaver_contact_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table care_leaver_contact is 'Contact with a care leaver around a birthday: SSDA903 OC3; SSD ssd_care_leavers.';
comment on column care_leaver_contact.in_touch is 'SSDA903 IN_TOUCH.';
comment on column care_leaver_contact.activ is 'SSDA903 ACTIV: main activity (F/P = in education, employment or training; G = not).';
comment on column care_leaver_contact.accom is 'SSDA903 ACCOM: accommodation type letter plus 1 suitable / 2 not suitable, or 0.';

create table adoption (
  snapshot_id            bigint not null,
  child_id               text not null,
  date_int               date,
  date_match             date,
  foster_care            boolean,
  nb_adoptr              smallint check (nb_adoptr in (1, 2)),
  sex_adoptr             text check (sex_adoptr in ('M1','F1','MM','FF','MF')),
  ls_adoptr              text check (ls_adoptr in ('L0','L11','L12','L2','L3','L4')),
  date_placed            date,
  date_placed_ceased     date,
  reason_placed_ceased   text check (reason_placed_ceased ~ '^RD[1-4]$'),
  primary key (snapshot_id, child_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  check (date_match is null or date_int is null or date_match >= date_int),
  check (date_placed_ceased is null or date_placed_ceased >= date_placed)
);
comment on table adoption is 'Adoption of a looked-after child: SSDA903 AD1 (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) and PlacedAdoption (DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED).';

create table previous_permanence (
  snapshot_id  bigint not null,
  child_id     text not null,
  prev_perm    text not null check (prev_perm in ('P1','P2','P3','P4','Z1')),
  la_perm      text,
  date_perm    date,
  primary key (snapshot_id, child_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade
);
comment on table previous_permanence is 'SSDA903 PrevPerm: a permanence order before this period of care (PREV_PERM, LA_PERM, DATE_PERM).';

create table allocation (
  snapshot_id    bigint not null,
  allocation_id  text not null,
  child_id       text not null,
  worker_id      text not null,
  team_id        text not null,
  start_date     date not null,
  end_date       date,
  change_reason  text,
  source_file    text,
  source_row     integer,
  primary key (snapshot_id, allocation_id),
  foreign key (snapshot_id, child_id) references child (snapshot_id, child_id) on delete cascade,
  foreign key (snapshot_id, worker_id) references worker (snapshot_id, worker_id),
  foreign key (snapshot_id, team_id) references team (snapshot_id, team_id),
  check (end_date is null or end_date >= start_date)
);
create index on allocation (snapshot_id, child_id);
create trigger allocation_no_overlap_insert after insert on allocation
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'allocation_id', 'start_date', 'end_date');
create trigger allocation_no_overlap_update after update on allocation
  referencing new table as new_rows for each statement
  execute function forbid_overlaps('child_id', 'allocation_id', 'start_date', 'end_date');
comment on table allocation is 'Which social worker (in which team) held which child when: SSD ssd_involvements; SSDA903 SWEpisodes. One allocated worker at a time; a child with no open row is unallocated.';
comment on column allocation.change_reason is 'SSDA903 SW_REASON / SSD invo_worker_change_reason for the end of this allocation.';

create table supervision (
  snapshot_id       bigint not null,
  supervision_id    text not null,
  worker_id         text not null,
  supervisor_id     text not null,
  supervision_date  date not null,
  primary key (snapshot_id, supervision_id),
  foreign key (snapshot_id, worker_id) references worker (snapshot_id, worker_id) on delete cascade,
  foreign key (snapshot_id, supervisor_id) references worker (snapshot_id, worker_id),
  check (worker_id <> supervisor_id)
);
comment on table supervision is 'A formal supervision session of a worker by their manager (not in the SSD: OpenCSC''s own; local standard every 20 working days).';
