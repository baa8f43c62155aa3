package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SSD tables the source reads: how each is recognised (the prefix its field names share), the
 * columns it must have, where its rows are staged and how each row is checked. Field names are the
 * SSD's (shared/docs/data-standards.md b.5); the two {@code opencsc_} tables are OpenCSC's own.
 */
enum SsdTable {
  DEPARTMENT(
      "ssd_department",
      "stage_ssd_department",
      "team_id, name, parent_id, parent_name",
      OrganisationRows::department,
      "dept_team_id",
      "dept_team_name",
      "dept_team_parent_id"),
  PROFESSIONALS(
      "ssd_professionals",
      "stage_ssd_professional",
      "worker_id, name, swe_no, org_role, case_holding, department, fte, agency_worker",
      OrganisationRows::professional,
      "prof_professional_id",
      "prof_professional_name",
      "prof_professional_job_title",
      "prof_professional_department"),
  TENURE(
      "opencsc_professional_tenure",
      "stage_ssd_tenure",
      "worker_id, team_id, start_date, end_date, end_reason, manager_id",
      OrganisationRows::tenure,
      "tenu_professional_id",
      "tenu_team_id",
      "tenu_start_date",
      "tenu_end_date"),
  SUPERVISIONS(
      "opencsc_supervisions",
      "stage_ssd_supervision",
      "supervision_id, worker_id, supervisor_id, supervision_date",
      OrganisationRows::supervision,
      "supe_supervision_id",
      "supe_worker_id",
      "supe_supervisor_id",
      "supe_supervision_date"),
  PERSON(
      "ssd_person",
      "stage_child",
      "family, precedence, child_id, upn_unknown, sex, person_birth_date,"
          + " expected_person_birth_date, person_death_date, ethnicity, mother",
      ChildRows::person,
      "pers_person_id",
      "pers_sex",
      "pers_ethnicity",
      "pers_dob"),
  DISABILITY(
      "ssd_disability",
      "stage_child_disability",
      "child_id, disability",
      ChildRows::disability,
      "disa_person_id",
      "disa_disability_code"),
  INVOLVEMENTS(
      "ssd_involvements",
      "stage_ssd_involvement",
      "allocation_id, worker_id, team, child_id, start_date, end_date, change_reason",
      CaseRows::involvement,
      "invo_involvements_id",
      "invo_professional_id",
      "invo_professional_team",
      "invo_person_id",
      "invo_involvement_start_date",
      "invo_involvement_end_date"),
  CONTACTS(
      "ssd_contacts",
      "stage_ssd_contact",
      "contact_id, child_id, contact_date, contact_source, outcome",
      CaseRows::contact,
      "cont_contact_id",
      "cont_person_id",
      "cont_contact_date",
      "cont_contact_source_code",
      "cont_contact_outcome_json"),
  EARLY_HELP(
      "ssd_early_help_episodes",
      "stage_ssd_early_help",
      "early_help_id, child_id, start_date, end_date, reason, end_reason, organisation, worker_id",
      CaseRows::earlyHelp,
      "earl_episode_id",
      "earl_person_id",
      "earl_episode_start_date",
      "earl_episode_end_date",
      "earl_episode_organisation"),
  CIN_ASSESSMENTS(
      "ssd_cin_assessments",
      "stage_ssd_assessment",
      "assessment_id, child_id, referral_id, start_date, authorisation_date, child_seen_date,"
          + " seen_flag, outcome_nfa",
      AssessmentRows::assessment,
      "cina_assessment_id",
      "cina_person_id",
      "cina_assessment_start_date"),
  S47_ENQUIRY(
      "ssd_s47_enquiry",
      "stage_ssd_s47",
      "section47_id, child_id, referral_id, start_date, end_date",
      EnquiryRows::enquiry,
      "s47e_s47_enquiry_id",
      "s47e_person_id",
      "s47e_s47_start_date",
      "s47e_s47_end_date"),
  CIN_VISITS(
      "ssd_cin_visits",
      "stage_ssd_cin_visit",
      "visit_id, child_id, visit_date, seen, seen_alone",
      VisitRows::cinVisit,
      "cinv_cin_visit_id",
      "cinv_person_id",
      "cinv_cin_visit_date"),
  CP_PLANS(
      "ssd_cp_plans",
      "stage_ssd_cp_plan",
      "plan_id, child_id, start_date, end_date",
      VisitRows::cpPlan,
      "cppl_cp_plan_id",
      "cppl_person_id",
      "cppl_cp_plan_start_date",
      "cppl_cp_plan_end_date"),
  CP_VISITS(
      "ssd_cp_visits",
      "stage_ssd_cp_visit",
      "visit_id, child_id, plan_id, visit_date, seen, seen_alone",
      VisitRows::cpVisit,
      "cppv_cp_visit_id",
      "cppv_person_id",
      "cppv_cp_plan_id",
      "cppv_cp_visit_date"),
  CLA_VISITS(
      "ssd_cla_visits",
      "stage_ssd_cla_visit",
      "visit_id, child_id, visit_date, seen, seen_alone",
      VisitRows::claVisit,
      "clav_cla_visit_id",
      "clav_person_id",
      "clav_cla_visit_date");

  /** Checks one row; returns the values to stage (after source_file, source_row) or null. */
  @FunctionalInterface
  interface RowCheck {
    @Nullable Object[] check(SsdRow row, SsdRules rules) throws SQLException;
  }

  /**
   * SSD tables OpenCSC does not read, by field prefix: their records come from the CIN census and
   * SSDA903, or the snapshot does not hold them (ssd_cin_assessments is read, for the two fields
   * the CIN census lacks: {@link AssessmentRows}; so is ssd_s47_enquiry, for the end of an enquiry:
   * {@link EnquiryRows}). Recognised so that a whole SSD extract dropped in the folder is not
   * reported file by file as unknown.
   */
  static final Map<String, String> NOT_READ =
      Map.ofEntries(
          Map.entry("fami", "ssd_family"),
          Map.entry("addr", "ssd_address"),
          Map.entry("immi", "ssd_immigration_status"),
          Map.entry("moth", "ssd_mother"),
          Map.entry("link", "ssd_linked_identifiers"),
          Map.entry("cine", "ssd_cin_episodes"),
          Map.entry("cinf", "ssd_assessment_factors"),
          Map.entry("cinp", "ssd_cin_plans"),
          Map.entry("icpc", "ssd_initial_cp_conference"),
          Map.entry("cppr", "ssd_cp_reviews"),
          Map.entry("clae", "ssd_cla_episodes"),
          Map.entry("clap", "ssd_cla_placement"),
          Map.entry("lega", "ssd_legal_status"),
          Map.entry("clar", "ssd_cla_reviews"),
          Map.entry("lacp", "ssd_cla_care_plan"),
          Map.entry("clah", "ssd_cla_health"),
          Map.entry("clai", "ssd_cla_immunisations"),
          Map.entry("clac", "ssd_cla_convictions"),
          Map.entry("clas", "ssd_cla_substance_misuse"),
          Map.entry("csdq", "ssd_sdq_scores"),
          Map.entry("lapp", "ssd_cla_previous_permanence"),
          Map.entry("miss", "ssd_missing"),
          Map.entry("perm", "ssd_permanence"),
          Map.entry("clea", "ssd_care_leavers"),
          Map.entry("prep", "ssd_pre_proceedings"),
          Map.entry("voch", "ssd_voice_of_child"));

  private final String tableName;
  private final String stagingTable;
  private final String stagingColumns;
  private final RowCheck check;
  private final List<String> required;

  SsdTable(
      String tableName,
      String stagingTable,
      String stagingColumns,
      RowCheck check,
      String... required) {
    this.tableName = tableName;
    this.stagingTable = stagingTable;
    this.stagingColumns = "source_file, source_row, " + stagingColumns;
    this.check = check;
    this.required = List.of(required);
  }

  /** The SSD table's name, e.g. {@code ssd_person}; how reports show the file. */
  String tableName() {
    return tableName;
  }

  /** The prefix every field of the table starts with, e.g. {@code pers}. */
  String prefix() {
    return prefix(required.get(0));
  }

  String stagingTable() {
    return stagingTable;
  }

  String stagingColumns() {
    return stagingColumns;
  }

  RowCheck check() {
    return check;
  }

  /** The columns a file of this table must have; the others may be missing. */
  List<String> required() {
    return required;
  }

  static Optional<SsdTable> byPrefix(String prefix) {
    return Arrays.stream(values()).filter(t -> t.prefix().equals(prefix)).findFirst();
  }

  static Optional<SsdTable> byName(String tableName) {
    return Arrays.stream(values()).filter(t -> t.tableName.equals(tableName)).findFirst();
  }

  /** The part of a field name before its first underscore: {@code pers} for pers_person_id. */
  static String prefix(String field) {
    int underscore = field.indexOf('_');
    return underscore <= 0 ? "" : field.substring(0, underscore);
  }
}
