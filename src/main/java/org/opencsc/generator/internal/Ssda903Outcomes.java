package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.text;
import static org.opencsc.generator.internal.Formats.ukDate;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.CareLeaverContact;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;
import org.opencsc.generator.model.ChildHistory.HealthCheck;

/**
 * The SSDA903 outcome tables of one child for one collection year.
 *
 * <p>OC2 (outcomes for children continuously looked after): a row for a child looked after on 31
 * March, or whose care ended that day, whose period of care began on or before 1 April of the year
 * before, i.e. looked after for at least twelve months at 31 March (the validator's "continuously
 * looked after", which only an episode ending before 31 March breaks), unless the episode at 31
 * March is a short break (LS V3 or V4). SDQ_SCORE is the latest SDQ in the year for a child aged 4
 * to 17 at 31 March and not yet 17 on 1 April (rules 197B, 189); such a child without an SDQ gets
 * SDQ_REASON SDQ4 (other). CONVICTED is 0 from age 10 and blank below it; HEALTH_ASSESSMENT (the
 * annual health assessment up to date), IMMUNISATIONS and TEETH_CHECK are 1 when a health
 * assessment, immunisation or dental check is recorded in the year; HEALTH_CHECK (health promotion:
 * the development checks of a child under 5, rules 545 and 546) only for children under 5, from the
 * same health assessment; SUBSTANCE_MISUSE 0, so the intervention columns are blank.
 *
 * <p>OC3 (care leavers): a row for a young person whose 17th to 21st birthday falls in the year,
 * who was looked after for at least 13 weeks after their 14th birthday and at some time after their
 * 16th, and who is not looked after on that birthday and has not died. The contact recorded closest
 * to the birthday, from three months before to one month after it, gives IN_TOUCH, ACTIV and ACCOM;
 * without one the young person is reported as not in touch (NO); ACTIV and ACCOM are 0 (not known)
 * when not in touch (rule 153). No row for a 17- or 18-year-old who left care after the 17th
 * birthday (rule 1016), nor for one whose care was transferred to another authority (rule 1011).
 */
final class Ssda903Outcomes {

  private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
  private static final String NOT_KNOWN = "0";

  private final ChildHistory history;
  private final CareEpisodes care;
  private final ReportingYear year;

  Ssda903Outcomes(ChildHistory history, CareEpisodes care, ReportingYear year) {
    this.history = history;
    this.care = care;
    this.year = year;
  }

  Optional<String[]> oc2Row() {
    LocalDate dob = history.child().personBirthDate();
    // a child whose care ends on 31 March itself was looked after all year as the DfE counts it
    // (an episode ending before 31 March breaks the year; rule 191)
    LocalDate lastDay = care.lookedAfterOn(year.end()) ? year.end() : year.end().minusDays(1);
    Optional<LocalDate> periodStart = care.periodOfCareStart(lastDay);
    if (dob == null || periodStart.isEmpty() || periodStart.get().isAfter(year.start())) {
      return Optional.empty();
    }
    if (SHORT_BREAKS.contains(care.openOn(lastDay).orElseThrow().ls())) {
      return Optional.empty();
    }
    int age = Period.between(dob, year.end()).getYears();
    Optional<HealthCheck> sdq = latestInYear("sdq");
    // the DfE asks for a score or a reason from the year of the 4th to that of the 17th birthday,
    // but not of a young person already 17 on 1 April (rule 189)
    boolean sdqAge = age >= 4 && age <= 17 && dob.plusYears(17).isAfter(year.start());
    String score = sdqAge ? sdq.map(h -> text(h.sdqScore())).orElse("") : "";
    String reason = sdqAge && score.isEmpty() ? "SDQ4" : "";
    return Optional.of(
        new String[] {
          history.child().childId(),
          ukDate(dob),
          score,
          reason,
          age >= 10 ? "0" : "",
          age < 5 ? had("health_assessment") : "",
          had("immunisation"),
          had("dental"),
          had("health_assessment"),
          "0",
          "",
          ""
        });
  }

  Optional<String[]> careLeaverRow() {
    ChildHistory.Child child = history.child();
    LocalDate dob = child.personBirthDate();
    if (dob == null) {
      return Optional.empty();
    }
    Optional<LocalDate> birthday = careLeaverBirthday(dob);
    if (birthday.isEmpty() || !formerlyLookedAfter(dob) || transferredOut()) {
      return Optional.empty();
    }
    LocalDate day = birthday.get();
    if (leftCareAfter17(dob, day)) {
      return Optional.empty();
    }
    if (care.lookedAfterOn(day)
        || (child.personDeathDate() != null && !child.personDeathDate().isAfter(day))) {
      return Optional.empty();
    }
    Optional<CareLeaverContact> contact =
        history.careLeaverContacts().stream()
            .filter(c -> !c.contactDate().isBefore(day.minusMonths(3)))
            .filter(c -> !c.contactDate().isAfter(day.plusMonths(1)))
            .min(
                Comparator.comparingLong(
                    c -> Math.abs(ChronoUnit.DAYS.between(day, c.contactDate()))));
    // activity and accommodation are "0" (not known) for a young person not in touch (rule 153)
    String[] row = {child.childId(), ukDate(dob), "NO", NOT_KNOWN, NOT_KNOWN};
    contact.ifPresent(
        c -> {
          row[2] = c.inTouch();
          row[3] = c.activ() != null ? c.activ() : NOT_KNOWN;
          row[4] = c.accom() != null ? c.accom() : NOT_KNOWN;
        });
    return Optional.of(row);
  }

  private Optional<LocalDate> careLeaverBirthday(LocalDate dob) {
    for (int age = 17; age <= 21; age++) {
      if (year.contains(dob.plusYears(age))) {
        return Optional.of(dob.plusYears(age));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the 17th or 18th birthday is the one in the year and the young person left care after
   * their 17th birthday: the DfE does not want care leaver information then (rule 1016).
   */
  private boolean leftCareAfter17(LocalDate dob, LocalDate birthday) {
    if (birthday.isAfter(dob.plusYears(18))) {
      return false;
    }
    LocalDate seventeen = dob.plusYears(17);
    return history.episodes().stream()
        .anyMatch(e -> e.dec() != null && !e.dec().isBefore(seventeen));
  }

  /**
   * Whether the child's last episode ended with care transferred to another authority (REC E3):
   * that authority reports the care leaver, not this one (rule 1011).
   */
  private boolean transferredOut() {
    List<EpisodeOfCare> episodes = history.episodes();
    return !episodes.isEmpty() && "E3".equals(episodes.get(episodes.size() - 1).rec());
  }

  private boolean formerlyLookedAfter(LocalDate dob) {
    LocalDate far = year.end().plusDays(1);
    return care.daysLookedAfter(dob.plusYears(14), far) >= 91
        && care.daysLookedAfter(dob.plusYears(16), far) > 0;
  }

  private Optional<HealthCheck> latestInYear(String type) {
    return history.healthChecks().stream()
        .filter(h -> h.checkType().equals(type) && year.contains(h.checkDate()))
        .max(Comparator.comparing(HealthCheck::checkDate));
  }

  private String had(String type) {
    return latestInYear(type).isPresent() ? "1" : "0";
  }
}
