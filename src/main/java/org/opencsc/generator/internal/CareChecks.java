package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.OrganisationFactory.date;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Episode;
import org.opencsc.generator.model.ChildHistory.ClaReview;
import org.opencsc.generator.model.ChildHistory.ClaVisit;
import org.opencsc.generator.model.ChildHistory.HealthCheck;
import org.opencsc.generator.model.ChildHistory.MissingEpisode;
import org.opencsc.generator.model.ChildHistory.Pep;

/**
 * What happens while a child is looked after: reviews (reg 33: first within 20 working days, then 3
 * months, then every 6 months), visits (reg 28: within a week of each placement, then every 6 weeks
 * in the first year and 3 months after), health and dental checks, PEPs, missing episodes.
 */
final class CareChecks {

  static final double REVIEW_LATE = 0.08;
  static final double VISIT_LATE = 0.10;

  final List<ClaReview> reviews = new ArrayList<>();
  final List<ClaVisit> visits = new ArrayList<>();
  final List<HealthCheck> healthChecks = new ArrayList<>();
  final List<Pep> peps = new ArrayList<>();
  final List<MissingEpisode> missing = new ArrayList<>();

  private final WorkingDays days = WorkingDays.ENGLAND;
  private final String childId;
  private final int periodStart;
  private final int asAt;
  private final Rand rand;
  private final Visits schedule;

  CareChecks(String childId, int periodStart, int asAt, Rand rand, Visits schedule) {
    this.childId = childId;
    this.periodStart = periodStart;
    this.asAt = asAt;
    this.rand = rand;
    this.schedule = schedule;
  }

  void add(Journey child, CarePeriod period) {
    int last = Math.min(period.end, asAt);
    reviews(child, period.start, last);
    List<Episode> episodes = period.episodes;
    for (int i = 0; i < episodes.size(); i++) {
      Episode episode = episodes.get(i);
      if (episode.decom > last || episode.rne.equals("L")) {
        continue;
      }
      int placementEnd = last;
      for (int j = i + 1; j < episodes.size(); j++) {
        if (!episodes.get(j).rne.equals("L")) {
          placementEnd = Math.min(last, episodes.get(j).decom - 1);
          break;
        }
      }
      for (int day :
          schedule.calendar(episode.decom, placementEnd, 7, 42, VISIT_LATE, periodStart)) {
        if (day > episode.decom + 365 && rand.chance(0.5)) {
          continue; // after the first year, every three months in a permanent placement
        }
        boolean seen = rand.chance(0.96);
        String id = childId + "-V" + (visits.size() + 1);
        visits.add(new ClaVisit(id, date(day), seen, seen ? rand.chance(0.6) : null));
      }
    }
    visits.sort((a, b) -> a.visitDate().compareTo(b.visitDate()));
    double age = (period.start - child.birth) / 365.25;
    checks("health_assessment", period.start + 20 + rand.between(0, 10), last, age < 5 ? 182 : 365);
    if (age >= 1) {
      checks("dental", period.start + rand.between(40, 150), last, 365);
      checks("immunisation", period.start + rand.between(20, 120), last, 365);
    }
    if (age >= 3) {
      checks("sdq", period.start + rand.between(60, 200), last, 365);
    }
    if (age >= 3 || period.end - child.birth > 3 * 365) {
      for (int day :
          schedule.calendar(
              Math.max(period.start, child.birthday(3)), last, 20, 122, 0.1, periodStart)) {
        peps.add(new Pep(childId + "-EP" + (peps.size() + 1), date(day)));
      }
    }
    if (period.missingProne) {
      List<Integer> changes = new ArrayList<>();
      for (int i = 1; i < episodes.size(); i++) {
        changes.add(episodes.get(i).decom);
      }
      missing(period.start, last, period.end, changes);
    }
  }

  private void reviews(Journey child, int start, int last) {
    int review =
        days.plus(start, rand.chance(REVIEW_LATE) ? rand.between(21, 35) : rand.between(8, 20));
    int count = 0;
    while (review <= last) {
      if (review >= periodStart) {
        double age = (review - child.birth) / 365.25;
        String code = age < 4 ? "PN0" : "PN" + (rand.chance(0.6) ? 1 : rand.between(2, 7));
        reviews.add(new ClaReview(childId + "-CR" + (reviews.size() + 1), date(review), code));
      }
      int interval = ++count == 1 ? 91 : 182;
      review +=
          rand.chance(REVIEW_LATE)
              ? interval + rand.between(5, 40)
              : interval - rand.between(0, 20);
    }
  }

  private void checks(String type, int first, int last, int interval) {
    int day = first;
    while (day <= last) {
      if (day >= periodStart) {
        Integer score =
            type.equals("sdq")
                ? Math.max(0, Math.min(40, (int) Math.round(14 + 7 * rand.gaussian())))
                : null;
        healthChecks.add(
            new HealthCheck(childId + "-HC" + (healthChecks.size() + 1), type, date(day), score));
      }
      boolean late = rand.chance(Calibration.HEALTH_CHECK_LATE);
      day += late ? interval + rand.between(15, 120) : interval - rand.between(0, 30);
    }
  }

  /**
   * Missing and away periods from {@code start} to {@code last}; each ends before {@code careEnd},
   * the day the child ceased to be looked after: a missing period lies within the period of care
   * (DfE rule 577), and one still running when care ends at 18 would need REC E8 (rule 580). None
   * is still open at the extract date from an episode that has ended by then ({@code changes}: the
   * days a new episode began), as an episode the child went missing from cannot end while the
   * missing period has no end (rule 575).
   */
  private void missing(int start, int last, int careEnd, List<Integer> changes) {
    int day = start + (int) rand.exponential(90);
    while (day <= last) {
      int drawnEnd = day + rand.between(0, 3);
      int end = Math.min(drawnEnd, careEnd - 1);
      boolean away = rand.chance(0.3);
      Boolean offered = away ? null : rand.chance(0.8);
      Boolean accepted = offered == null ? null : offered && rand.chance(0.6);
      int from = day;
      boolean leftBehind = end > asAt && changes.stream().anyMatch(c -> c >= from && c <= asAt);
      if (day >= periodStart && day < careEnd && !leftBehind) {
        String id = childId + "-M" + (missing.size() + 1);
        missing.add(
            new MissingEpisode(
                id,
                away ? "A" : "M",
                date(day),
                end <= asAt ? date(end) : null,
                offered,
                accepted));
      }
      day = drawnEnd + 1 + (int) rand.exponential(80);
    }
  }
}
