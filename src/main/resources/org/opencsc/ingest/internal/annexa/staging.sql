-- Annex A staging: one table per child list read (rows that passed the row checks, the columns
-- OpenCSC loads), and every row's child. Rows are numbered as Excel numbers them in their sheet.
create temporary table stage_annexa_context (
  source_file text not null, source_row bigint not null, as_at date not null
) on commit drop;

create temporary table stage_annexa_child (
  source_file text not null, source_row bigint not null, list integer not null,
  child_id text not null, sex text not null, ethnicity text not null, person_birth_date date,
  expected_person_birth_date date, uasc boolean
) on commit drop;

create temporary table stage_annexa_contact (
  source_file text not null, source_row bigint not null, child_id text not null,
  contact_date date not null, contact_source text not null
) on commit drop;

create temporary table stage_annexa_early_help (
  source_file text not null, source_row bigint not null, child_id text not null,
  start_date date not null, end_date date, organisation text not null
) on commit drop;

create temporary table stage_annexa_referral (
  source_file text not null, source_row bigint not null, child_id text not null,
  referral_date date not null, referral_source text not null, referral_nfa boolean
) on commit drop;

create temporary table stage_annexa_assessment (
  source_file text not null, source_row bigint not null, child_id text not null,
  start_date date not null, authorisation_date date, child_in_need boolean
) on commit drop;

create temporary table stage_annexa_section47 (
  source_file text not null, source_row bigint not null, child_id text not null,
  start_date date not null, icpc_not_required boolean, icpc_date date, icpc_cp_plan boolean
) on commit drop;

create temporary table stage_annexa_cin (
  source_file text not null, source_row bigint not null, child_id text not null,
  referral_date date not null, primary_need_code text, closure_date date,
  reason_for_closure text
) on commit drop;

create temporary table stage_annexa_cp_plan (
  source_file text not null, source_row bigint not null, child_id text not null,
  start_date date not null, initial_category text not null, latest_category text not null,
  end_date date, previous_plans integer
) on commit drop;

create temporary table stage_annexa_cla (
  source_file text not null, source_row bigint not null, child_id text not null,
  uasc boolean, period_start date not null, cin text not null, legal_status_start date not null,
  ls text not null, dec date, rec text, placement_start date not null, place text not null,
  place_provider text, pl_post text, urn text
) on commit drop;

create temporary table stage_annexa_care_leaver (
  source_file text not null, source_row bigint not null, child_id text not null,
  pathway_plan_review_date date, in_touch text not null, contact_date date,
  accommodation text, suitability text, activity text
) on commit drop;

create temporary table stage_annexa_adoption (
  source_file text not null, source_row bigint not null, child_id text not null,
  date_int date not null, date_match date, date_placed date, date_placed_ceased date,
  reason_placed_ceased text
) on commit drop;
