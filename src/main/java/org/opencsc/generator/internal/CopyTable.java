package org.opencsc.generator.internal;

/**
 * Every table the loader fills, in foreign-key order (parents first), with the COPY statement that
 * fills it. Columns the generator never sets (source_file, source_row, former_upn,
 * assessment_internal_review_date) are left to their defaults.
 */
enum CopyTable {
  SERVICE_AREA("copy service_area (snapshot_id, service_area_id, name) from stdin"),
  TEAM("copy team (snapshot_id, team_id, service_area_id, name) from stdin"),
  WORKER(
      "copy worker (snapshot_id, worker_id, name, swe_no, org_role, agency_worker, fte,"
          + " case_holding, role_start_date, role_end_date, reason_leave, manager_worker_id,"
          + " working_days_lost) from stdin"),
  WORKER_TEAM(
      "copy worker_team (snapshot_id, worker_id, team_id, start_date, end_date) from stdin"),
  SUPERVISION(
      "copy supervision (snapshot_id, supervision_id, worker_id, supervisor_id, supervision_date)"
          + " from stdin"),
  WORKFORCE_VACANCY(
      "copy workforce_vacancy (snapshot_id, reference_date, number_of_vacancies, no_agency_fte,"
          + " no_agency_headcount) from stdin"),
  CHILD(
      "copy child (snapshot_id, child_id, upn, upn_unknown, sex, person_birth_date,"
          + " expected_person_birth_date, person_death_date, ethnicity, uasc, duc, mother, mc_dob)"
          + " from stdin"),
  CHILD_DISABILITY("copy child_disability (snapshot_id, child_id, disability) from stdin"),
  CONTACT(
      "copy contact (snapshot_id, contact_id, child_id, contact_date, contact_source, outcome)"
          + " from stdin"),
  EARLY_HELP_EPISODE(
      "copy early_help_episode (snapshot_id, early_help_id, child_id, start_date, end_date,"
          + " reason, end_reason, organisation, worker_id) from stdin"),
  REFERRAL(
      "copy referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,"
          + " primary_need_code, cin_closure_date, reason_for_closure, referral_nfa) from stdin"),
  ASSESSMENT(
      "copy assessment (snapshot_id, assessment_id, referral_id, child_id,"
          + " assessment_actual_start_date, assessment_authorisation_date, child_seen_date,"
          + " child_in_need) from stdin"),
  ASSESSMENT_FACTOR("copy assessment_factor (snapshot_id, assessment_id, factor) from stdin"),
  CIN_PLAN(
      "copy cin_plan (snapshot_id, cin_plan_id, referral_id, child_id, cin_plan_start_date,"
          + " cin_plan_end_date) from stdin"),
  CIN_VISIT(
      "copy cin_visit (snapshot_id, cin_visit_id, child_id, visit_date, seen, seen_alone)"
          + " from stdin"),
  STRATEGY_DISCUSSION(
      "copy strategy_discussion (snapshot_id, strategy_discussion_id, referral_id, child_id,"
          + " strategy_discussion_date, section47_initiated) from stdin"),
  SECTION47(
      "copy section47 (snapshot_id, section47_id, referral_id, child_id, strategy_discussion_id,"
          + " s47_actual_start_date, s47_end_date, initial_cpc_target, date_of_initial_cpc,"
          + " icpc_not_required) from stdin"),
  ICPC(
      "copy icpc (snapshot_id, icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc,"
          + " outcome_cp_plan) from stdin"),
  CP_PLAN(
      "copy cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date,"
          + " cpp_end_date, initial_category_of_abuse, latest_category_of_abuse,"
          + " number_of_previous_cpp) from stdin"),
  CP_REVIEW(
      "copy cp_review (snapshot_id, cp_review_id, cp_plan_id, child_id, cpp_review_date)"
          + " from stdin"),
  CP_VISIT(
      "copy cp_visit (snapshot_id, cp_visit_id, cp_plan_id, child_id, visit_date, seen,"
          + " seen_alone) from stdin"),
  EPISODE_OF_CARE(
      "copy episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place,"
          + " place_provider, dec, rec, reason_place_change, home_post, pl_post, pl_distance, urn)"
          + " from stdin"),
  CLA_REVIEW(
      "copy cla_review (snapshot_id, cla_review_id, child_id, review, review_code) from stdin"),
  CLA_VISIT(
      "copy cla_visit (snapshot_id, cla_visit_id, child_id, visit_date, seen, seen_alone)"
          + " from stdin"),
  HEALTH_CHECK(
      "copy health_check (snapshot_id, health_check_id, child_id, check_type, check_date,"
          + " sdq_score) from stdin"),
  PEP("copy pep (snapshot_id, pep_id, child_id, pep_date) from stdin"),
  MISSING_EPISODE(
      "copy missing_episode (snapshot_id, missing_episode_id, child_id, missing, mis_start,"
          + " mis_end, rhi_offered, rhi_accepted) from stdin"),
  CARE_LEAVER_CONTACT(
      "copy care_leaver_contact (snapshot_id, care_leaver_contact_id, child_id, contact_date,"
          + " in_touch, activ, accom, pathway_plan_review_date, personal_advisor) from stdin"),
  ADOPTION(
      "copy adoption (snapshot_id, child_id, date_int, date_match, foster_care, nb_adoptr,"
          + " sex_adoptr, ls_adoptr, date_placed, date_placed_ceased, reason_placed_ceased)"
          + " from stdin"),
  PREVIOUS_PERMANENCE(
      "copy previous_permanence (snapshot_id, child_id, prev_perm, la_perm, date_perm)"
          + " from stdin"),
  ALLOCATION(
      "copy allocation (snapshot_id, allocation_id, child_id, worker_id, team_id, start_date,"
          + " end_date, change_reason) from stdin");

  private final String copySql;

  CopyTable(String copySql) {
    this.copySql = copySql;
  }

  String copySql() {
    return copySql;
  }

  /**
   * Refreshes the planner's statistics of the table. Foreign-key checks plan their look-ups once
   * per session: planned while the table was still empty they scan it, which made a large load's
   * last tables quadratic (cp_visit took 22 s instead of 2).
   */
  String analyzeSql() {
    return "analyze " + tableName();
  }

  /** The table name as PostgreSQL knows it. */
  String tableName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
