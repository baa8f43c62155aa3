-- The CIN census source's staging tables, one per element of the census. Every row starts with
-- where it came from: source_file and source_row, the child's position in the file (1 = the first
-- Child). Below the child, rows are tied to their parents by position: cin_seq is the CINdetails'
-- place within the child (1, 2, ...) and assessment_seq, plan_seq, s47_seq and cpp_seq the place of
-- an element within its CINdetails. Two records of the same child therefore stay apart until
-- transform.sql decides which to keep. Only values that passed the reader's checks arrive here.

create temporary table stage_cin_child (
  source_file                text not null,
  source_row                 bigint not null,
  child_id                   text not null,
  upn                        text,
  former_upn                 text,
  upn_unknown                text,
  sex                        text not null,
  person_birth_date          date,
  expected_person_birth_date date,
  person_death_date          date,
  ethnicity                  text not null
) on commit drop;

create temporary table stage_cin_disability (
  source_file  text not null,
  source_row   bigint not null,
  child_id     text not null,
  disability   text not null
) on commit drop;

create temporary table stage_cin_details (
  source_file         text not null,
  source_row          bigint not null,
  child_id            text not null,
  cin_seq             integer not null,
  cin_referral_date   date not null,
  referral_source     text not null,
  primary_need_code   text,
  cin_closure_date    date,
  reason_for_closure  text,
  date_of_initial_cpc date,
  referral_nfa        boolean not null
) on commit drop;

create temporary table stage_cin_assessment (
  source_file                     text not null,
  source_row                      bigint not null,
  child_id                        text not null,
  cin_seq                         integer not null,
  assessment_seq                  integer not null,
  assessment_actual_start_date    date not null,
  assessment_internal_review_date date,
  assessment_authorisation_date   date
) on commit drop;

create temporary table stage_cin_assessment_factor (
  source_file     text not null,
  source_row      bigint not null,
  child_id        text not null,
  cin_seq         integer not null,
  assessment_seq  integer not null,
  factor          text not null
) on commit drop;

create temporary table stage_cin_plan (
  source_file          text not null,
  source_row           bigint not null,
  child_id             text not null,
  cin_seq              integer not null,
  plan_seq             integer not null,
  cin_plan_start_date  date not null,
  cin_plan_end_date    date
) on commit drop;

create temporary table stage_cin_section47 (
  source_file            text not null,
  source_row             bigint not null,
  child_id               text not null,
  cin_seq                integer not null,
  s47_seq                integer not null,
  s47_actual_start_date  date not null,
  initial_cpc_target     date,
  date_of_initial_cpc    date,
  icpc_not_required      boolean not null
) on commit drop;

create temporary table stage_cin_cp_plan (
  source_file                text not null,
  source_row                 bigint not null,
  child_id                   text not null,
  cin_seq                    integer not null,
  cpp_seq                    integer not null,
  cpp_start_date             date not null,
  cpp_end_date               date,
  initial_category_of_abuse  text not null,
  latest_category_of_abuse   text not null,
  number_of_previous_cpp     integer not null
) on commit drop;

create temporary table stage_cin_cp_review (
  source_file      text not null,
  source_row       bigint not null,
  child_id         text not null,
  cin_seq          integer not null,
  cpp_seq          integer not null,
  cpp_review_date  date not null
) on commit drop;
