package org.opencsc.drilldown;

import java.util.Locale;

/** What a line of a child's timeline records, in the order of the child's journey. */
public enum TimelineKind {
  CONTACT(false),
  EARLY_HELP(true),
  REFERRAL(true),
  ASSESSMENT(true),
  STRATEGY_DISCUSSION(false),
  SECTION47(true),
  ICPC(false),
  CIN_PLAN(true),
  CIN_VISIT(false),
  CP_PLAN(true),
  CP_REVIEW(false),
  CP_VISIT(false),
  EPISODE(true),
  CLA_REVIEW(false),
  CLA_VISIT(false),
  HEALTH_CHECK(false),
  PEP(false),
  MISSING(true),
  CARE_LEAVER_CONTACT(false);

  private final boolean lasting;

  TimelineKind(boolean lasting) {
    this.lasting = lasting;
  }

  /**
   * Whether such a record lasts from its date to an end date (a referral until its closure, an
   * assessment until its authorisation, a plan, an episode), so that no end date means still open.
   */
  public boolean lasting() {
    return lasting;
  }

  /** The kind the timeline query names ({@code 'early_help'}). */
  static TimelineKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** {@code early-help}: the suffix of the kind's message key. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
