package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import org.opencsc.generator.internal.Journey.Need;

/** One referral cycle: contact, referral, assessment, s47 and ICPC, CP or CIN plan, or care. */
final class NeedSimulator {

  /** Section 47 among referrals that are assessed: 36.4% of referrals / (1 - 6.5% NFA). */
  static final double S47_GIVEN_ASSESSED =
      Calibration.SECTION47_PER_REFERRAL / (1 - Calibration.REFERRAL_NFA);

  /** Not in need when no s47: (30.8% - 38.9% * 10%) / 61.1%, with 10% of s47 not in need. */
  static final double NOT_IN_NEED_WITHOUT_S47 =
      (Calibration.ASSESSED_NOT_IN_NEED - S47_GIVEN_ASSESSED * 0.10) / (1 - S47_GIVEN_ASSESSED);

  /** Care entries straight from a referral (emergencies): tuned for about 34,000 starts a year. */
  static final double DIRECT_TO_CARE = 0.03;

  static final double CP_TO_CARE = 0.16;
  static final double CP_STEP_DOWN_TO_CIN = 0.45;
  static final double CIN_TO_CARE = 0.03;

  private static final Weighted EARLIER_OUTCOME =
      new Weighted("advice:45", "nfa:30", "early_help:25");
  private static final Weighted ASSESSMENT_BAND = bands(Calibration.ASSESSMENT_BAND_COUNTS);

  /** ICPC working days after the strategy discussion: 0–10 8.7%, 11–15 72.7%, later 18.6%. */
  private static final Weighted ICPC_BAND = new Weighted("a:8.7", "b:72.7", "c:13.0", "d:5.6");

  private static final int[][] ICPC_DAYS = {{3, 10}, {11, 15}, {16, 25}, {26, 45}};

  private final WorkingDays days = WorkingDays.ENGLAND;
  private final CareSimulator care;

  NeedSimulator(CareSimulator care) {
    this.care = care;
  }

  private static Weighted bands(double[] counts) {
    String[] pairs = new String[counts.length];
    for (int i = 0; i < counts.length; i++) {
      pairs[i] = i + ":" + counts[i];
    }
    return new Weighted(pairs);
  }

  Need simulate(Journey child, int referral, int previousCpp, Rand rand) {
    Need need = new Need();
    need.referral = referral;
    need.contact =
        Math.max(referral - rand.between(0, 3), child.preBirth ? referral - 3 : child.birth);
    need.contact = Math.min(need.contact, referral);
    need.previousCpp = previousCpp;
    earlierContact(child, need, rand);
    if (rand.chance(Calibration.REFERRAL_NFA)) {
      need.nfa = true;
      // not RC8 or RC9, which say an assessment was made (CIN rule 8825Q); decided by the next
      // working day (Working Together), so a referral made before the working day ahead of 1
      // April is not an NFA in the census (CIN rule 8569Q)
      int decided = Math.min(referral + rand.between(0, 2), WorkingDays.ENGLAND.plus(referral, 1));
      close(need, decided, "RC7");
      return need;
    }
    assess(need, rand);
    enquire(need, rand);
    int end = intervene(child, need, rand);
    if (need.careIndex >= 0) {
      return need;
    }
    int eighteen = child.eighteenth();
    // closed after assessment (RC8, or RC9 when referred to early help) only with nothing after
    // the assessment (CIN rule 2990)
    boolean assessedOnly = !need.inNeed && !need.section47;
    String reason = assessedOnly ? (rand.chance(0.15) ? "RC9" : "RC8") : "RC7";
    if (end >= eighteen) {
      // transferred to adult services, once the assessment and enquiry are done (rule 8867)
      end = Math.max(eighteen, Math.max(need.assessmentAuth, need.s47End));
      if (need.icpc != NONE && need.icpc >= eighteen) {
        // no conference or plan for an adult: the enquiry ends without the conference planned
        // for the day of the 18th birthday or later, so the closed case has its enquiry's outcome
        // (CIN rule 8868) and no plan running past the closure (8565)
        need.icpc = NONE;
        need.cpStart = NONE;
        need.cpEnd = NONE;
      }
      // one assessed as not in need is still closed after assessment (CIN rule 8873Q)
      reason = assessedOnly ? reason : "RC6";
    }
    close(need, end, reason);
    return need;
  }

  private void earlierContact(Journey child, Need need, Rand rand) {
    if (!rand.chance(0.35)) {
      return;
    }
    int day = need.referral - rand.between(20, 300);
    if (day < child.birth && !child.preBirth) {
      return;
    }
    need.earlierContact = day;
    need.earlierOutcome = EARLIER_OUTCOME.pick(rand);
    if (need.earlierOutcome.equals("early_help")) {
      need.earlyHelpStart = day + rand.between(3, 15);
      need.earlyHelpEnd = Math.min(need.earlyHelpStart + rand.between(60, 240), need.referral);
      if (need.earlyHelpStart >= need.referral) {
        need.earlierOutcome = "advice";
        need.earlyHelpStart = NONE;
        need.earlyHelpEnd = NONE;
      }
    }
  }

  private void assess(Need need, Rand rand) {
    need.assessmentStart = need.referral + rand.between(0, 4);
    int[] band = Calibration.ASSESSMENT_DAY_BANDS[ASSESSMENT_BAND.index(rand.uniform())];
    int workingDays = rand.between(band[0], band[1]);
    need.assessmentAuth = days.plus(need.assessmentStart, workingDays);
    need.childSeen = days.plus(need.assessmentStart, rand.between(0, Math.min(workingDays, 8)));
    if (need.childSeen > need.assessmentAuth) {
      need.childSeen = need.assessmentAuth;
    }
  }

  private void enquire(Need need, Rand rand) {
    need.section47 = rand.chance(S47_GIVEN_ASSESSED);
    if (!need.section47) {
      if (rand.chance(0.06)) {
        need.strategyDiscussion = need.referral + rand.between(0, 3);
      }
      need.inNeed = !rand.chance(NOT_IN_NEED_WITHOUT_S47);
      return;
    }
    need.strategyDiscussion = need.referral + rand.between(0, 3);
    need.s47Start = need.strategyDiscussion + (rand.chance(0.1) ? 1 : 0);
    need.s47End = days.plus(need.s47Start, rand.between(5, 25));
    need.inNeed = !rand.chance(0.10);
    if (rand.chance(Calibration.ICPC_PER_SECTION47)) {
      int[] band = ICPC_DAYS[ICPC_BAND.index(rand.uniform())];
      need.icpc = days.plus(need.strategyDiscussion, rand.between(band[0], band[1]));
      need.icpc = Math.max(need.icpc, need.s47Start);
      need.s47End = Math.min(need.s47End, need.icpc);
      need.inNeed = true;
    }
  }

  /** Plans and care after the assessment; returns the day the involvement ends. */
  private int intervene(Journey child, Need need, Rand rand) {
    int eighteen = child.eighteenth();
    int assessed = lastWork(need);
    if (need.icpc != NONE && rand.chance(Calibration.ICPC_TO_CP_PLAN)) {
      need.cpStart = need.icpc;
      int length = (int) rand.logNormal(Calibration.CP_PLAN_MEDIAN_DAYS, Calibration.CP_PLAN_SIGMA);
      need.cpEnd =
          Math.min(need.cpStart + Math.max(length, 14), Math.max(eighteen, need.cpStart + 1));
      if (rand.chance(CP_TO_CARE) && need.cpEnd < eighteen) {
        return enterCare(child, need, need.cpEnd, rand);
      }
      if (rand.chance(CP_STEP_DOWN_TO_CIN) && need.cpEnd < eighteen) {
        return Math.max(cinPlan(need, need.cpEnd, eighteen, 150, rand), assessed);
      }
      return Math.max(need.cpEnd + rand.between(0, 14), assessed);
    }
    if (!need.inNeed) {
      // closed on the day the assessment found no need (an open episode after factor 21 is CIN
      // query 8873Q), or at the enquiry's conference when that is later; the draw is kept so
      // that the random stream is unchanged
      rand.between(0, 3);
      return assessed;
    }
    if (rand.chance(DIRECT_TO_CARE) || child.uasc) {
      // care begins before the 18th birthday: no one starts to be looked after at 18 (rule 352)
      int start = Math.min(need.referral + rand.between(0, 10), eighteen - 1);
      return enterCare(child, need, start, rand);
    }
    if (rand.chance(0.7)) {
      int end = cinPlan(need, assessed + rand.between(0, 10), eighteen, 200, rand);
      if (rand.chance(CIN_TO_CARE) && need.cinEnd < eighteen) {
        return enterCare(child, need, need.cinEnd, rand);
      }
      return end;
    }
    return assessed + rand.between(20, 120);
  }

  private int cinPlan(Need need, int start, int eighteen, double medianDays, Rand rand) {
    int length = Math.max(30, (int) rand.logNormal(medianDays, 0.7));
    if (start >= eighteen) {
      // no plan for a young person of 18: the case closes at 18, and a plan after the closure is
      // activity after it (CIN rule 8565); the draws are kept so the random stream is unchanged
      need.cinEnd = eighteen;
      return start + rand.between(0, 14);
    }
    need.cinStart = start;
    need.cinEnd = Math.min(start + length, eighteen);
    return need.cinEnd + rand.between(0, 14);
  }

  private int enterCare(Journey child, Need need, int start, Rand rand) {
    Journey.CarePeriod period = care.simulate(child, Math.max(start, child.birth), rand);
    child.care.add(period);
    need.careIndex = child.care.size() - 1;
    int end = period.end;
    int age = (int) ((end - child.birth) / 365.25);
    boolean adopted = period.rec.equals("E11") || period.rec.equals("E12");
    if (age >= 16 && end - period.start >= 91 && !adopted) {
      child.leaverStart = end;
      child.leaverEnd = child.birthday(21);
    }
    int closure = Math.max(end, lastWork(need));
    close(need, closure, CareSimulator.closureReason(period.rec, end >= child.eighteenth()));
    return closure;
  }

  /**
   * The day of the involvement's last piece of work before plans or care: the assessment's
   * authorisation, the enquiry's end and its initial conference, however late. The case stays open
   * until then (activity after the closure is CIN rule 8565).
   */
  private static int lastWork(Need need) {
    return Math.max(
        Math.max(need.assessmentAuth, need.s47End == NONE ? 0 : need.s47End), need.icpc);
  }

  private static void close(Need need, int closure, String reason) {
    need.closure = closure;
    need.closureReason = reason;
  }
}
