package org.opencsc.generator.internal;

/**
 * The national figures the simulation is calibrated to, each with its source in
 * shared/docs/indicators.md (England). Rates the simulation draws from are derived from these; the
 * derivation sits beside each derived constant.
 */
final class Calibration {

  private Calibration() {}

  // --- Volume -------------------------------------------------------------------------------

  /** Children known to children's social care in a year, England (about 800,000: the brief). */
  static final int NATIONAL_CHILDREN_KNOWN = 800_000;

  /** Referrals in the year to 31 March 2025, England (EES C1): 632,830. */
  static final int NATIONAL_REFERRALS = 632_830;

  /** Children looked after at 31 March 2025, England: 81,770. */
  static final int NATIONAL_CLA_AT_31_MARCH = 81_770;

  /** Children on a CP plan at 31 March 2025, England (EES D1): 49,420. */
  static final int NATIONAL_CP_AT_31_MARCH = 49_420;

  /** Children in need at 31 March 2024, England: 399,460. */
  static final int NATIONAL_CIN_AT_31_MARCH = 399_460;

  /** Years simulated before asAt, so that histories, re-referrals and stability make sense. */
  static final int YEARS_SIMULATED = 6;

  // --- Front door and assessment ------------------------------------------------------------

  /** Re-referrals within 12 months: 142,900 of 632,830 referrals = 22.6% (EES C1 2025). */
  static final double RE_REFERRAL_WITHIN_12_MONTHS = 0.226;

  /** Referrals closed with no further action (ReferralNFA): 6.5% (EES C1 2025). */
  static final double REFERRAL_NFA = 0.065;

  /** Assessed as not in need: 30.8% (EES C1 2025). */
  static final double ASSESSED_NOT_IN_NEED = 0.308;

  /**
   * Assessment duration in working days, England 2025 (EES C2) bands: same day 11,680; 1–10 75,590;
   * 11–20 112,180; 21–30 102,260; 31–40 131,380; 41–45 122,730; 46–50 37,640; 51–60 27,860; 61+
   * 27,500. 85.7% within 45 working days, median 33.
   */
  static final int[][] ASSESSMENT_DAY_BANDS = {
    {0, 0}, {1, 10}, {11, 20}, {21, 30}, {31, 40}, {41, 45}, {46, 50}, {51, 60}, {61, 110}
  };

  static final double[] ASSESSMENT_BAND_COUNTS = {
    11_680, 75_590, 112_180, 102_260, 131_380, 122_730, 37_640, 27_860, 27_500
  };

  /** Target share of assessments authorised within 45 working days: 85.7% (EES C2 2025). */
  static final double ASSESSMENT_WITHIN_45 = 0.857;

  // --- Child protection ---------------------------------------------------------------------

  /** Section 47 enquiries per referral: 230,590 / 632,830 = 36% (EES C4 2025). */
  static final double SECTION47_PER_REFERRAL = 0.364;

  /** ICPCs per section 47: 72,100 / 230,590 = 31% (EES C4 2025). */
  static final double ICPC_PER_SECTION47 = 0.313;

  /** ICPCs within 15 working days of the strategy discussion: 81.4% (EES C4 2025). */
  static final double ICPC_WITHIN_15 = 0.814;

  /** ICPCs leading to a CP plan: 61,840 plans started / 72,100 ICPCs = 86% (EES D1, C4). */
  static final double ICPC_TO_CP_PLAN = 0.86;

  /** CP plans ended lasting two years or more: 2,710 / 62,300 = 4.4% (EES D7 2025). */
  static final double CP_PLANS_ENDED_OVER_2_YEARS = 0.044;

  /**
   * CP plans for a second or subsequent time: England's figure is "not retrieved" in indicators.md
   * (LG Inform metric 100, former NI 65); 23% is an assumption to check against EES table D3.
   */
  static final double CP_SECOND_OR_SUBSEQUENT = 0.23;

  /** Median CP plan length in days; with sigma 0.58 about 4.4% last two years or more. */
  static final double CP_PLAN_MEDIAN_DAYS = 270;

  static final double CP_PLAN_SIGMA = 0.58;

  // --- Children looked after ----------------------------------------------------------------

  /** Ceased in the year / looked after at 31 March: 34,450 / 81,770 = 42%. */
  static final double CLA_CEASED_PER_STOCK = 0.42;

  /** UASC among children looked after at 31 March: 6,540 / 81,770 = 8%. */
  static final double UASC_SHARE_OF_CLA = 0.08;

  /**
   * Children looked after with 3+ placements in a year (former NI 62): assumed 10%; England's
   * latest figure is not retrieved in indicators.md.
   */
  static final double CLA_THREE_PLUS_PLACEMENTS = 0.10;

  /** Placements more than 20 miles from home: assumed 15% (no figure in indicators.md). */
  static final double PLACEMENT_OVER_20_MILES = 0.15;

  /** Children looked after with a missing episode: assumed 10% (no figure in indicators.md). */
  static final double CLA_WITH_MISSING_EPISODE = 0.10;

  /** Health assessments and dental checks overdue: assumed 10% (no figure in indicators.md). */
  static final double HEALTH_CHECK_LATE = 0.10;

  // --- Workforce (CSWW 2023) ----------------------------------------------------------------

  /** Average caseload: 337,055 cases / 21,111.4 case-holding FTE = 16.0. */
  static final double MEAN_CASELOAD = 16.0;

  /** The council's caseload threshold per FTE (local standard, indicators.md). */
  static final double CASELOAD_THRESHOLD = 18.0;

  /** Agency rate: 7,173.5 agency FTE / (agency + in post) = 17.8%. */
  static final double AGENCY_RATE = 0.178;

  /** Turnover: 5,254.6 FTE leavers / 33,119.1 FTE in post = 15.9%. */
  static final double TURNOVER_RATE = 0.159;

  /** Vacancy rate: 7,722.7 vacancy FTE / (vacancies + in post) = 18.9%. */
  static final double VACANCY_RATE = 0.189;

  /** Sickness absence: working days lost / available days = 3.2%. */
  static final double SICKNESS_RATE = 0.032;

  /** Mean tenure of an agency worker in one post, years (assumption: agency cover is short). */
  static final double AGENCY_TENURE_YEARS = 0.75;

  /** Mean tenure of a permanent worker: 1 / turnover. */
  static final double PERMANENT_TENURE_YEARS = 1 / TURNOVER_RATE;

  /**
   * Share of hires that are agency so that agency workers hold 17.8% of FTE at any time: a share p
   * of hires lasting 0.75 years against 1-p lasting 6.3 years gives p*0.75 / (p*0.75 + (1-p)*6.3).
   */
  static final double AGENCY_HIRE_SHARE =
      AGENCY_RATE
          * PERMANENT_TENURE_YEARS
          / (AGENCY_TENURE_YEARS
              - AGENCY_RATE * AGENCY_TENURE_YEARS
              + AGENCY_RATE * PERMANENT_TENURE_YEARS);
}
