package org.opencsc.generator.internal;

/**
 * Every table the loader fills, with the columns it copies. Columns the generator never sets
 * (source_file, source_row, former_upn, assessment_internal_review_date) are left to their
 * defaults.
 */
enum CopyTable {
  SERVICE_AREA("snapshot_id, service_area_id, name"),
  TEAM("snapshot_id, team_id, service_area_id, name"),
  WORKER(
      "snapshot_id, worker_id, name, swe_no, org_role, agency_worker, fte,"
          + " case_holding, role_start_date, role_end_date, reason_leave, manager_worker_id,"
          + " working_days_lost"),
  WORKER_ABSENCE("snapshot_id, worker_id, reference_date, reason_absence"),
  WORKER_TEAM("snapshot_id, worker_id, team_id, start_date, end_date"),
  SUPERVISION("snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date"),
  WORKFORCE_VACANCY(
      "snapshot_id, reference_date, number_of_vacancies, no_agency_fte, no_agency_headcount"),
  CHILD(
      "snapshot_id, child_id, upn, upn_unknown, sex, person_birth_date,"
          + " expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother, mc_dob"),
  CHILD_DISABILITY("snapshot_id, child_id, disability"),
  CONTACT("snapshot_id, contact_id, child_id, contact_date, contact_source, outcome"),
  EARLY_HELP_EPISODE(
      "snapshot_id, early_help_id, child_id, start_date, end_date,"
          + " reason, end_reason, organisation, worker_id"),
  REFERRAL(
      "snapshot_id, referral_id, child_id, cin_referral_date, referral_source,"
          + " primary_need_code, cin_closure_date, reason_for_closure, referral_nfa"),
  ASSESSMENT(
      "snapshot_id, assessment_id, referral_id, child_id,"
          + " assessment_actual_start_date, assessment_authorisation_date, child_seen_date,"
          + " child_in_need"),
  ASSESSMENT_FACTOR("snapshot_id, assessment_id, factor"),
  CIN_PLAN(
      "snapshot_id, cin_plan_id, referral_id, child_id, cin_plan_start_date,"
          + " cin_plan_end_date"),
  CIN_VISIT("snapshot_id, cin_visit_id, child_id, visit_date, seen, seen_alone"),
  STRATEGY_DISCUSSION(
      "snapshot_id, strategy_discussion_id, referral_id, child_id,"
          + " strategy_discussion_date, section47_initiated"),
  SECTION47(
      "snapshot_id, section47_id, referral_id, child_id, strategy_discussion_id,"
          + " s47_actual_start_date, s47_end_date, initial_cpc_target, date_of_initial_cpc,"
          + " icpc_not_required"),
  ICPC(
      "snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,"
          + " outcome_cp_plan"),
  CP_PLAN(
      "snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,"
          + " cpp_end_date, initial_category_of_abuse, latest_category_of_abuse,"
          + " number_of_previous_cpp"),
  CP_REVIEW("snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date"),
  CP_VISIT("snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen, seen_alone"),
  EPISODE_OF_CARE(
      "snapshot_id, episode_id, child_id, decom, rne, ls, cin, place,"
          + " place_provider, dec, rec, reason_place_change, home_post, pl_post, pl_distance, urn"),
  CLA_REVIEW("snapshot_id, cla_review_id, child_id, review, review_code"),
  CLA_VISIT("snapshot_id, cla_visit_id, child_id, visit_date, seen, seen_alone"),
  HEALTH_CHECK("snapshot_id, health_check_id, child_id, check_type, check_date, sdq_score"),
  PEP("snapshot_id, pep_id, child_id, pep_date"),
  MISSING_EPISODE(
      "snapshot_id, missing_episode_id, child_id, missing, mis_start,"
          + " mis_end, rhi_offered, rhi_accepted"),
  CARE_LEAVER_CONTACT(
      "snapshot_id, care_leaver_contact_id, child_id, contact_date,"
          + " in_touch, activ, accom, pathway_plan_review_date, personal_advisor"),
  ADOPTION(
      "snapshot_id, child_id, date_int, date_match, foster_care, nb_adoptr,"
          + " sex_adoptr, ls_adoptr, date_placed, date_placed_ceased, reason_placed_ceased"),
  PREVIOUS_PERMANENCE("snapshot_id, child_id, prev_perm, la_perm, date_perm"),
  ALLOCATION(
      "snapshot_id, allocation_id, child_id, worker_id, team_id, start_date,"
          + " end_date, change_reason");

  private final String columns;

  CopyTable(String columns) {
    this.columns = columns;
  }

  /** The COPY statement that fills this table's load table of a snapshot ({@code child_s12}). */
  String copySql(String loadTable) {
    return "copy " + loadTable + " (" + columns + ") from stdin";
  }

  /** The table name as PostgreSQL knows it. */
  String tableName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
