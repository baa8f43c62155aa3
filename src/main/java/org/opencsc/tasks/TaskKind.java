package org.opencsc.tasks;

/**
 * What a task is, each with the indicator whose due dates it shares; in the order tasks due on the
 * same day are listed.
 */
public enum TaskKind {
  /** A statutory visit to a looked-after child (cla_statutory_visits_on_time). */
  CLA_VISIT,
  /** A visit to a child on a child protection plan (cp_visits_within_10_working_days). */
  CP_VISIT,
  /** A looked-after child's statutory review (cla_reviews_on_time). */
  CLA_REVIEW,
  /** A child protection review conference (cp_reviews_on_time). */
  CP_REVIEW,
  /** An assessment to complete within 45 working days (assessments_within_45_working_days). */
  ASSESSMENT,
  /** The worker's own supervision (supervisions_on_time). */
  SUPERVISION
}
