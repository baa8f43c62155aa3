package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;
import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.Need;
import org.opencsc.generator.model.ChildHistory.Assessment;
import org.opencsc.generator.model.ChildHistory.CinPlan;
import org.opencsc.generator.model.ChildHistory.CinVisit;
import org.opencsc.generator.model.ChildHistory.Contact;
import org.opencsc.generator.model.ChildHistory.EarlyHelpEpisode;
import org.opencsc.generator.model.ChildHistory.Referral;

/** Contacts, early help, referrals, assessments, CIN plans and visits of a child's needs. */
final class ReferralRows {

  private static final Weighted SOURCE =
      new Weighted(
          "1A:3", "1B:2", "1C:2", "1D:2", "2A:18", "2B:2", "3A:3", "3B:3", "3C:1", "3D:2", "3E:3",
          "3F:4", "4:2", "5A:6", "5B:3", "5C:2", "5D:27", "6:2", "7:1", "8:2", "9:3", "10:7");
  private static final Weighted NEED =
      new Weighted(
          "N1:57", "N2:7", "N3:3", "N4:8", "N5:13", "N6:2", "N7:0.3", "N8:5", "N9:4", "N0:0.7");
  private static final String[] FACTORS = {
    "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A",
    "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A",
    "16A", "17A", "18B", "18C", "19B", "19C", "20", "22A", "23A", "24A"
  };
  private static final String[] COMMON_FACTORS = {"3A", "3B", "4B", "2B", "1B", "22A", "6C"};

  /** "No factors identified", alone (CIN rule 8869), for a child assessed as not in need. */
  static final List<String> NO_FACTORS = List.of("21");

  final List<Contact> contacts = new ArrayList<>();
  final List<EarlyHelpEpisode> earlyHelp = new ArrayList<>();
  final List<Referral> referrals = new ArrayList<>();
  final List<Assessment> assessments = new ArrayList<>();
  final List<CinPlan> cinPlans = new ArrayList<>();
  final List<CinVisit> cinVisits = new ArrayList<>();

  private final String childId;
  private final int asAt;
  private final int periodStart;
  private final Rand rand;

  ReferralRows(String childId, int periodStart, int asAt, Rand rand) {
    this.childId = childId;
    this.periodStart = periodStart;
    this.asAt = asAt;
    this.rand = rand;
  }

  /** Adds the rows of one need; returns its referral ID. */
  String add(Need need, int number, Visits visits, boolean childAged4Plus) {
    String referralId = childId + "-R" + number;
    if (need.earlierContact != NONE) {
      String id = childId + "-K" + number + "A";
      contacts.add(
          new Contact(id, date(need.earlierContact), SOURCE.pick(rand), need.earlierOutcome));
      if (need.earlyHelpStart != NONE) {
        boolean stepUp = need.earlyHelpEnd == need.referral;
        earlyHelp.add(
            new EarlyHelpEpisode(
                childId + "-H" + number,
                date(need.earlyHelpStart),
                date(need.earlyHelpEnd),
                "Family support",
                stepUp ? "Stepped up to children's social care" : "Needs met",
                "Exampleshire Family Help",
                null));
      }
    }
    String source = SOURCE.pick(rand);
    contacts.add(new Contact(childId + "-K" + number, date(need.contact), source, "referral"));
    boolean closed = need.closure <= asAt;
    referrals.add(
        new Referral(
            referralId,
            date(need.referral),
            source,
            need.nfa ? "N9" : NEED.pick(rand),
            closed ? date(need.closure) : null,
            closed ? need.closureReason : null,
            need.nfa));
    if (need.assessmentStart != NONE && need.assessmentStart <= asAt) {
      boolean done = need.assessmentAuth <= asAt;
      assessments.add(
          new Assessment(
              childId + "-A" + number,
              referralId,
              date(need.assessmentStart),
              done ? date(need.assessmentAuth) : null,
              need.childSeen <= asAt ? date(need.childSeen) : null,
              done ? need.inNeed : null,
              done ? (need.inNeed ? factors() : notInNeed(need, referralId)) : List.of()));
    }
    if (need.cinStart != NONE && need.cinStart <= asAt) {
      String id = childId + "-N" + number;
      boolean ended = need.cinEnd <= asAt;
      cinPlans.add(
          new CinPlan(id, referralId, date(need.cinStart), ended ? date(need.cinEnd) : null));
      int last = Math.min(need.cinEnd, asAt);
      for (int day : visits.regular(need.cinStart, last, 20, 0.12, periodStart)) {
        String visitId = childId + "-NV" + (cinVisits.size() + 1);
        boolean seen = rand.chance(0.95);
        cinVisits.add(
            new CinVisit(
                visitId, date(day), seen, seen && childAged4Plus ? rand.chance(0.5) : null));
      }
    }
    return referralId;
  }

  /**
   * A child assessed as not in need has no factors (21), unless a section 47 enquiry was held: the
   * concern that led to it is a factor, and the episode, which went on to the enquiry, is not
   * closed after assessment (CIN rule 8873Q asks for RC8 or RC9 after 21 alone). The factor is
   * picked from the referral's ID, not the random stream, so that the rest of the child's history
   * is unchanged.
   */
  private static List<String> notInNeed(Need need, String referralId) {
    if (!need.section47) {
      return NO_FACTORS;
    }
    return List.of(COMMON_FACTORS[Math.floorMod(referralId.hashCode(), COMMON_FACTORS.length)]);
  }

  private List<String> factors() {
    int count = rand.between(1, 4);
    java.util.TreeSet<String> chosen = new java.util.TreeSet<>();
    for (int i = 0; i < count; i++) {
      chosen.add(rand.chance(0.6) ? rand.pick(COMMON_FACTORS) : rand.pick(FACTORS));
    }
    return List.copyOf(chosen);
  }
}
