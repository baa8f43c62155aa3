package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.AnnexARows.concat;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;

/**
 * A looked-after child's row of Annex A list 8, from their latest episode of care in the period:
 * the start of the period of care, of the legal status and of the placement are found by walking
 * back through the episodes that continue one another (an episode starting the day the one before
 * ended) — the legal status while it stays the same, the placement while episodes start only
 * because the legal status changed (RNE L).
 */
final class AnnexACareRow {

  /** Placements further away than this are counted out of the council's area (a simplification). */
  static final double IN_AREA_MILES = 20;

  private AnnexACareRow() {}

  static Object[] row(ChildHistory h, AnnexAContext x, int index) {
    List<EpisodeOfCare> episodes = h.episodes();
    EpisodeOfCare e = episodes.get(index);
    int period = index;
    while (period > 0 && continues(episodes, period)) {
      period--;
    }
    int legal = index;
    while (legal > period && episodes.get(legal - 1).ls().equals(e.ls())) {
      legal--;
    }
    int placed = index;
    while (placed > period && "L".equals(episodes.get(placed).rne())) {
      placed--;
    }
    LocalDate started = episodes.get(period).decom();
    boolean again =
        episodes.stream()
            .anyMatch(
                o ->
                    o.dec() != null
                        && o.dec().isBefore(started)
                        && !o.dec().isBefore(started.minusMonths(12)));
    LocalDate ceased = x.known(e.dec());
    ChildHistory.Child c = h.child();
    boolean uasc = c.uasc() && (c.duc() == null || x.lastYear(c.duc()) || c.duc().isAfter(x.asAt));
    return concat(
        x.child(
            h,
            true,
            x.values.yesNo(uasc),
            started,
            x.values.label("need", e.cin()),
            x.values.yesNo(again),
            episodes.get(legal).decom(),
            x.values.label("legal_status", e.ls()),
            latest(h.claReviews().stream().map(ChildHistory.ClaReview::review).toList(), x),
            latest(
                h.claVisits().stream()
                    .filter(ChildHistory.ClaVisit::seen)
                    .map(ChildHistory.ClaVisit::visitDate)
                    .toList(),
                x),
            null,
            null,
            latest(checks(h, "health_assessment"), x),
            latest(checks(h, "dental"), x),
            placements(episodes, x),
            ceased,
            ceased == null ? null : x.values.label("reason_ceased", e.rec()),
            episodes.get(placed).decom(),
            x.values.label("placement", e.place()),
            x.values.label("provider", e.placeProvider()),
            e.plPost(),
            e.urn(),
            e.plDistance() == null
                ? null
                : x.values.label("location", e.plDistance() <= IN_AREA_MILES ? "IN" : "OUT"),
            null),
        missing(h, x),
        x.allocated(h, ceased));
  }

  private static boolean continues(List<EpisodeOfCare> episodes, int i) {
    return !"S".equals(episodes.get(i).rne())
        && episodes.get(i).decom().equals(episodes.get(i - 1).dec());
  }

  /** Placements (episodes not started by a change of legal status alone) in the last year. */
  private static int placements(List<EpisodeOfCare> episodes, AnnexAContext x) {
    LocalDate yearAgo = x.asAt.minusMonths(12);
    return (int)
        episodes.stream()
            .filter(e -> !"L".equals(e.rne()))
            .filter(e -> !e.decom().isAfter(x.asAt))
            .filter(e -> e.dec() == null || e.dec().isAfter(yearAgo))
            .count();
  }

  private static Object[] missing(ChildHistory h, AnnexAContext x) {
    long missing =
        h.missingEpisodes().stream()
            .filter(m -> m.missing().equals("M") && x.lastYear(m.misStart()))
            .count();
    long absent =
        h.missingEpisodes().stream()
            .filter(m -> m.missing().equals("A") && x.lastYear(m.misStart()))
            .count();
    ChildHistory.MissingEpisode last =
        h.missingEpisodes().stream()
            .filter(m -> m.missing().equals("M") && !m.misStart().isAfter(x.asAt))
            .reduce((a, b) -> b.misStart().isBefore(a.misStart()) ? a : b)
            .orElse(null);
    return new Object[] {
      (int) missing,
      (int) absent,
      last == null ? null : x.values.yesNo(last.rhiOffered()),
      last == null ? null : x.values.yesNo(last.rhiAccepted())
    };
  }

  private static List<LocalDate> checks(ChildHistory h, String type) {
    return h.healthChecks().stream()
        .filter(c -> c.checkType().equals(type))
        .map(ChildHistory.HealthCheck::checkDate)
        .toList();
  }

  private static LocalDate latest(List<LocalDate> dates, AnnexAContext x) {
    return AnnexAContext.latest(dates, x.asAt);
  }
}
