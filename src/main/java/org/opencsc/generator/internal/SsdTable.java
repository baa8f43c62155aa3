package org.opencsc.generator.internal;

import java.util.List;

/**
 * The Standard Safeguarding Dataset tables the generator writes, each with its file name and its
 * fields in the order of shared/docs/data-standards.md b.5 (data-to-insight ssd-data-model {@code
 * data/objects/*.yml}), plus two OpenCSC extension tables for what the SSD does not hold:
 * supervision sessions and the professionals' time in post and in teams.
 */
enum SsdTable implements CsvTables.Table {
  DEPARTMENT(
      "ssd_department.csv",
      "dept_team_id",
      "dept_team_name",
      "dept_team_parent_id",
      "dept_team_parent_name"),
  PROFESSIONALS(
      "ssd_professionals.csv",
      "prof_professional_id",
      "prof_staff_id",
      "prof_professional_name",
      "prof_social_worker_registration_no",
      "prof_professional_job_title",
      "prof_professional_caseload",
      "prof_professional_department",
      "prof_full_time_equivalency",
      "prof_agency_worker_flag"),
  TENURE(
      "opencsc_professional_tenure.csv",
      "tenu_professional_id",
      "tenu_team_id",
      "tenu_start_date",
      "tenu_end_date",
      "tenu_end_reason",
      "tenu_manager_id"),
  SUPERVISIONS(
      "opencsc_supervisions.csv",
      "supe_supervision_id",
      "supe_worker_id",
      "supe_supervisor_id",
      "supe_supervision_date"),
  PERSON(
      "ssd_person.csv",
      "pers_person_id",
      "pers_forename",
      "pers_surname",
      "pers_sex",
      "pers_gender",
      "pers_ethnicity",
      "pers_dob",
      "pers_common_child_id",
      "pers_legacy_id",
      "pers_upn_unknown",
      "pers_send_flag",
      "pers_expected_dob",
      "pers_death_date",
      "pers_is_mother",
      "pers_nationality"),
  DISABILITY("ssd_disability.csv", "disa_person_id", "disa_table_id", "disa_disability_code"),
  INVOLVEMENTS(
      "ssd_involvements.csv",
      "invo_involvements_id",
      "invo_professional_id",
      "invo_professional_role_id",
      "invo_professional_team",
      "invo_involvement_start_date",
      "invo_involvement_end_date",
      "invo_worker_change_reason",
      "invo_person_id",
      "invo_referral_id"),
  CONTACTS(
      "ssd_contacts.csv",
      "cont_contact_id",
      "cont_person_id",
      "cont_contact_date",
      "cont_contact_source_code",
      "cont_contact_source_desc",
      "cont_contact_outcome_json"),
  EARLY_HELP(
      "ssd_early_help_episodes.csv",
      "earl_episode_id",
      "earl_person_id",
      "earl_episode_start_date",
      "earl_episode_end_date",
      "earl_episode_reason",
      "earl_episode_end_reason",
      "earl_episode_organisation",
      "earl_episode_worker_id"),
  CIN_ASSESSMENTS(
      "ssd_cin_assessments.csv",
      "cina_assessment_id",
      "cina_person_id",
      "cina_referral_id",
      "cina_assessment_start_date",
      "cina_assessment_child_seen",
      "cina_assessment_auth_date",
      "cina_assessment_outcome_json",
      "cina_assessment_outcome_nfa",
      "cina_assessment_team",
      "cina_assessment_worker_id"),
  S47_ENQUIRY(
      "ssd_s47_enquiry.csv",
      "s47e_s47_enquiry_id",
      "s47e_referral_id",
      "s47e_person_id",
      "s47e_s47_start_date",
      "s47e_s47_end_date",
      "s47e_s47_nfa",
      "s47e_s47_outcome_json",
      "s47e_s47_completed_by_worker_id",
      "s47e_s47_completed_by_team"),
  CIN_VISITS(
      "ssd_cin_visits.csv",
      "cinv_cin_visit_id",
      "cinv_person_id",
      "cinv_cin_visit_date",
      "cinv_cin_visit_seen",
      "cinv_cin_visit_seen_alone",
      "cinv_cin_visit_bedroom"),
  CP_PLANS(
      "ssd_cp_plans.csv",
      "cppl_cp_plan_id",
      "cppl_referral_id",
      "cppl_icpc_id",
      "cppl_person_id",
      "cppl_cp_plan_start_date",
      "cppl_cp_plan_end_date",
      "cppl_cp_plan_initial_category",
      "cppl_cp_plan_ola",
      "cppl_cp_plan_latest_category"),
  CP_VISITS(
      "ssd_cp_visits.csv",
      "cppv_cp_visit_id",
      "cppv_person_id",
      "cppv_cp_plan_id",
      "cppv_cp_visit_date",
      "cppv_cp_visit_seen",
      "cppv_cp_visit_seen_alone",
      "cppv_cp_visit_bedroom"),
  CLA_VISITS(
      "ssd_cla_visits.csv",
      "clav_cla_visit_id",
      "clav_cla_id",
      "clav_person_id",
      "clav_cla_visit_date",
      "clav_cla_visit_seen",
      "clav_cla_visit_seen_alone");

  private final String fileName;
  private final List<String> columns;

  SsdTable(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> columns() {
    return columns;
  }
}
