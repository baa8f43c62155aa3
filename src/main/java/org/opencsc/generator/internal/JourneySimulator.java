package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.util.Set;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Need;

/**
 * A child's journey, drawn until it touches the collection year: the first referral falls uniformly
 * in the 18 years before the year's end, so a child known this year may carry a long history
 * (earlier referrals and plans, years in care).
 */
final class JourneySimulator {

  /** Children who arrive as unaccompanied asylum seekers: tuned for UASC ≈ 8% of CLA. */
  static final double UASC_START = 0.012;

  /** Re-referral after a closure, and the chance it comes within a year of the closure. */
  static final double RE_REFERRAL = 0.55;

  static final double RE_REFERRAL_AFTER_CP = 0.65;
  static final double RE_REFERRAL_SOON = 0.65;

  private static final int LOOKBACK_DAYS = 18 * 365;

  private static final Set<String> FINAL_REC = Set.of("E11", "E12", "E15", "E2");

  /** Age at first referral (non-UASC): under 1, 1–4, 5–9, 10–15, 16–17. */
  private static final Weighted AGE_BAND = new Weighted("0:13", "1:22", "5:27", "10:32", "16:6");

  private static final int[][] AGE_RANGES = {
    {0, 364}, {365, 1825}, {1826, 3652}, {3653, 5843}, {5844, 6560}
  };

  private final int yearStart;
  private final int yearEnd;
  private final int asAt;
  private final NeedSimulator needs;

  JourneySimulator(int yearStart, int yearEnd, int asAt) {
    this.yearStart = yearStart;
    this.yearEnd = yearEnd;
    this.asAt = asAt;
    this.needs = new NeedSimulator(new CareSimulator(new Placements()));
  }

  Journey simulate(Rand rand) {
    while (true) {
      Journey journey = attempt(rand);
      if (activeInYear(journey)) {
        return journey;
      }
    }
  }

  private Journey attempt(Rand rand) {
    boolean uasc = rand.chance(UASC_START);
    int first = yearEnd - rand.between(0, LOOKBACK_DAYS);
    boolean preBirth = !uasc && rand.chance(0.03);
    int birth;
    if (preBirth) {
      birth = first + rand.between(30, 150);
    } else if (uasc) {
      birth = first - rand.between(14 * 365, 17 * 365 + 300);
    } else {
      int[] range = AGE_RANGES[AGE_BAND.index(rand.uniform())];
      birth = first - rand.between(range[0], range[1]);
    }
    Journey journey = new Journey(birth, preBirth, uasc, !uasc && rand.chance(0.07));
    int referral = first;
    int previousCpp = 0;
    while (referral <= asAt && referral < journey.eighteenth()) {
      Need need = needs.simulate(journey, referral, previousCpp, rand);
      journey.needs.add(need);
      if (need.cpStart != NONE) {
        previousCpp++;
      }
      if (journey.leaverStart != NONE || need.closure > asAt || lastOfChild(journey, need)) {
        break;
      }
      double again = need.cpStart != NONE ? RE_REFERRAL_AFTER_CP : RE_REFERRAL;
      if (!rand.chance(again)) {
        break;
      }
      int gap =
          rand.chance(RE_REFERRAL_SOON)
              ? 7 + (int) Math.min(rand.exponential(90), 330)
              : 365 + (int) rand.exponential(700);
      referral = need.closure + gap;
    }
    return journey;
  }

  /**
   * Whether the need ended the child's record: care ended by adoption (an adopted child who comes
   * back is recorded as a new child, DfE rule 199), by an age assessment finding the young person
   * an adult, or by death (rule 437: no episode after E15 or E2).
   */
  private static boolean lastOfChild(Journey journey, Need need) {
    return need.careIndex >= 0 && FINAL_REC.contains(journey.care.get(need.careIndex).rec);
  }

  private boolean activeInYear(Journey journey) {
    for (Need need : journey.needs) {
      if (need.referral <= yearEnd && need.closure >= yearStart) {
        return true;
      }
    }
    for (CarePeriod period : journey.care) {
      if (period.start <= yearEnd && period.end >= yearStart) {
        return true;
      }
    }
    return journey.leaverStart != NONE
        && journey.leaverStart <= yearEnd
        && journey.leaverEnd >= yearStart;
  }
}
