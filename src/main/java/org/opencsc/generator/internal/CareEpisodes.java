package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;

/** Questions about a child's SSDA903 episodes (in date order, never overlapping). */
final class CareEpisodes {

  private final List<EpisodeOfCare> episodes;

  CareEpisodes(List<EpisodeOfCare> episodes) {
    this.episodes = episodes;
  }

  boolean lookedAfterDuring(ReportingYear year) {
    return episodes.stream().anyMatch(e -> year.overlaps(e.decom(), e.dec()));
  }

  /** The episode the child is in at the end of {@code date} (DEC is the first day out of it). */
  Optional<EpisodeOfCare> openOn(LocalDate date) {
    return episodes.stream()
        .filter(e -> !e.decom().isAfter(date) && (e.dec() == null || e.dec().isAfter(date)))
        .findFirst();
  }

  boolean lookedAfterOn(LocalDate date) {
    return openOn(date).isPresent();
  }

  /**
   * The first day of the period of care the child is in on {@code date}: episodes follow one
   * another without a gap (the next DECOM is the last DEC) within one period of care.
   */
  Optional<LocalDate> periodOfCareStart(LocalDate date) {
    Optional<EpisodeOfCare> open = openOn(date);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    int i = episodes.indexOf(open.get());
    while (i > 0 && episodes.get(i).decom().equals(episodes.get(i - 1).dec())) {
      i--;
    }
    return Optional.of(episodes.get(i).decom());
  }

  /**
   * Whether the period of care the child is in on {@code date} touches {@code year}: a decision
   * made in an earlier period of care (one that ended in an adoption, say) is not this year's.
   */
  boolean periodOfCareOverlaps(LocalDate date, ReportingYear year) {
    Optional<EpisodeOfCare> open = openOn(date);
    if (open.isEmpty()) {
      return false;
    }
    int i = episodes.indexOf(open.get());
    while (i + 1 < episodes.size() && episodes.get(i + 1).decom().equals(episodes.get(i).dec())) {
      i++;
    }
    LocalDate end = episodes.get(i).dec();
    return end == null || !end.isBefore(year.start());
  }

  /** Days looked after from {@code from} (included) to {@code to} (excluded). */
  long daysLookedAfter(LocalDate from, LocalDate to) {
    long days = 0;
    for (EpisodeOfCare e : episodes) {
      LocalDate start = e.decom().isAfter(from) ? e.decom() : from;
      LocalDate end = e.dec() == null || e.dec().isAfter(to) ? to : e.dec();
      if (end.isAfter(start)) {
        days += ChronoUnit.DAYS.between(start, end);
      }
    }
    return days;
  }

  /** True when an episode ended inside the year with one of the given reasons (REC). */
  boolean ceasedDuring(ReportingYear year, List<String> reasons) {
    return episodes.stream()
        .anyMatch(e -> year.contains(e.dec()) && e.rec() != null && reasons.contains(e.rec()));
  }

  /** True when a period of care started inside the year (RNE S). */
  boolean startedDuring(ReportingYear year) {
    return episodes.stream().anyMatch(e -> "S".equals(e.rne()) && year.contains(e.decom()));
  }

  List<EpisodeOfCare> overlapping(ReportingYear year) {
    return episodes.stream().filter(e -> year.overlaps(e.decom(), e.dec())).toList();
  }
}
