package org.opencsc.ingest.internal.cin;

import org.opencsc.database.CopyRows;
import org.opencsc.ingest.internal.Staging;

/**
 * The writers of one file. The child and its disabilities go to the run's {@code stage_child} and
 * {@code stage_child_disability}, where the core transform merges what every source says of a
 * child; everything else goes straight into the snapshot's load tables, with its identifiers made
 * while reading ({@link Journey}). Every row ends with {@code source_file, source_row}: the file
 * and the child's position in it.
 */
final class CinRows {

  private static final String SOURCE = ", source_file, source_row";

  final CopyRows child;
  final CopyRows disability;
  final CopyRows referral;
  final CopyRows assessment;
  final CopyRows factor;
  final CopyRows cinPlan;
  final CopyRows discussion;
  final CopyRows section47;
  final CopyRows icpc;
  final CopyRows cpPlan;
  final CopyRows cpReview;

  CinRows(Staging staging) {
    child =
        staging.table(
            "stage_child",
            "source_file, source_row, family, precedence, child_id, upn, former_upn, upn_unknown,"
                + " sex, person_birth_date, expected_person_birth_date, person_death_date,"
                + " ethnicity");
    disability =
        staging.table("stage_child_disability", "source_file, source_row, child_id, disability");
    referral =
        staging.load(
            "referral",
            "referral_id, child_id, cin_referral_date, referral_source, primary_need_code,"
                + " cin_closure_date, reason_for_closure, referral_nfa"
                + SOURCE);
    assessment =
        staging.load(
            "assessment",
            "assessment_id, referral_id, child_id, assessment_actual_start_date,"
                + " assessment_internal_review_date, assessment_authorisation_date"
                + SOURCE);
    factor = staging.load("assessment_factor", "assessment_id, factor" + SOURCE);
    cinPlan =
        staging.load(
            "cin_plan",
            "cin_plan_id, referral_id, child_id, cin_plan_start_date, cin_plan_end_date" + SOURCE);
    discussion =
        staging.load(
            "strategy_discussion",
            "strategy_discussion_id, referral_id, child_id, strategy_discussion_date,"
                + " section47_initiated"
                + SOURCE);
    section47 =
        staging.load(
            "section47",
            "section47_id, referral_id, child_id, strategy_discussion_id, s47_actual_start_date,"
                + " initial_cpc_target, date_of_initial_cpc, icpc_not_required"
                + SOURCE);
    icpc =
        staging.load(
            "icpc",
            "icpc_id, section47_id, referral_id, child_id, date_of_initial_cpc, outcome_cp_plan"
                + SOURCE);
    cpPlan =
        staging.load(
            "cp_plan",
            "cp_plan_id, referral_id, child_id, icpc_id, cpp_start_date, cpp_end_date,"
                + " initial_category_of_abuse, latest_category_of_abuse, number_of_previous_cpp"
                + SOURCE);
    cpReview =
        staging.load("cp_review", "cp_review_id, cp_plan_id, child_id, cpp_review_date" + SOURCE);
  }
}
