package org.opencsc.ingest.internal.cin;

import org.opencsc.database.CopyRows;
import org.opencsc.ingest.internal.Staging;

/**
 * The writers of one file into the staging tables of {@code staging.sql}. Every row starts with
 * {@code source_file, source_row, child_id}; rows below the child carry the positions that tie them
 * to their parents ({@code cin_seq} of the CINdetails, then the position within it).
 */
final class CinRows {

  private static final String KEY = "source_file, source_row, child_id";

  final CopyRows child;
  final CopyRows disability;
  final CopyRows details;
  final CopyRows assessment;
  final CopyRows factor;
  final CopyRows cinPlan;
  final CopyRows section47;
  final CopyRows cpPlan;
  final CopyRows cpReview;

  CinRows(Staging staging) {
    child =
        staging.table(
            "stage_cin_child",
            KEY
                + ", upn, former_upn, upn_unknown, sex, person_birth_date,"
                + " expected_person_birth_date, person_death_date, ethnicity");
    disability = staging.table("stage_cin_disability", KEY + ", disability");
    details =
        staging.table(
            "stage_cin_details",
            KEY
                + ", cin_seq, cin_referral_date, referral_source, primary_need_code,"
                + " cin_closure_date, reason_for_closure, date_of_initial_cpc, referral_nfa");
    assessment =
        staging.table(
            "stage_cin_assessment",
            KEY
                + ", cin_seq, assessment_seq, assessment_actual_start_date,"
                + " assessment_internal_review_date, assessment_authorisation_date");
    factor =
        staging.table("stage_cin_assessment_factor", KEY + ", cin_seq, assessment_seq, factor");
    cinPlan =
        staging.table(
            "stage_cin_plan", KEY + ", cin_seq, plan_seq, cin_plan_start_date, cin_plan_end_date");
    section47 =
        staging.table(
            "stage_cin_section47",
            KEY
                + ", cin_seq, s47_seq, s47_actual_start_date, initial_cpc_target,"
                + " date_of_initial_cpc, icpc_not_required");
    cpPlan =
        staging.table(
            "stage_cin_cp_plan",
            KEY
                + ", cin_seq, cpp_seq, cpp_start_date, cpp_end_date, initial_category_of_abuse,"
                + " latest_category_of_abuse, number_of_previous_cpp");
    cpReview = staging.table("stage_cin_cp_review", KEY + ", cin_seq, cpp_seq, cpp_review_date");
  }
}
