package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.generator.CouncilGenerator;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Referral;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.Organisation.Worker;
import org.opencsc.generator.model.SyntheticCouncil;

/** Rates computed from the generated rows of a large council, against the national figures. */
class CouncilCalibrationTest {

  private static final LocalDate YEAR_START = LocalDate.of(2025, 4, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);
  private static final LocalDate CENSUS = LocalDate.of(2025, 9, 30);

  private static SyntheticCouncil council;
  private static final long[] counts = new long[8];

  @BeforeAll
  static void generate() {
    council = CouncilGenerator.generate(new GeneratorSettings(CouncilSize.LARGE, 7, YEAR_END));
    council.children(CouncilCalibrationTest::count);
  }

  private static boolean inYear(LocalDate day) {
    return day != null && !day.isBefore(YEAR_START) && !day.isAfter(YEAR_END);
  }

  private static void count(ChildHistory child) {
    List<Referral> referrals = child.referrals();
    for (int i = 0; i < referrals.size(); i++) {
      LocalDate day = referrals.get(i).cinReferralDate();
      if (inYear(day)) {
        counts[0]++;
        if (i > 0 && !referrals.get(i - 1).cinReferralDate().isBefore(day.minusMonths(12))) {
          counts[1]++;
        }
      }
    }
    for (var assessment : child.assessments()) {
      if (inYear(assessment.assessmentAuthorisationDate())) {
        counts[2]++;
        if (workingDays(
                assessment.assessmentActualStartDate(), assessment.assessmentAuthorisationDate())
            <= 45) {
          counts[3]++;
        }
      }
    }
    for (var allocation : child.allocations()) {
      if (!allocation.startDate().isAfter(CENSUS)
          && (allocation.endDate() == null || allocation.endDate().isAfter(CENSUS))) {
        counts[4]++;
      }
    }
  }

  /** Working days in England (weekends and bank holidays skipped). */
  private static long workingDays(LocalDate from, LocalDate to) {
    return WorkingDays.ENGLAND.between((int) from.toEpochDay(), (int) to.toEpochDay());
  }

  private static boolean inPost(Worker worker, LocalDate day) {
    return !worker.roleStartDate().isAfter(day)
        && (worker.roleEndDate() == null || !worker.roleEndDate().isBefore(day));
  }

  @Test
  void reReferralsWithin12MonthsAreAboutAFifthOfReferrals() {
    double rate = counts[1] / (double) counts[0];
    System.out.printf("referrals in year %d, re-referral rate %.3f%n", counts[0], rate);
    assertThat(rate).isBetween(0.18, 0.27);
  }

  @Test
  void mostAssessmentsAreAuthorisedWithin45WorkingDays() {
    double rate = counts[3] / (double) counts[2];
    System.out.printf("assessments %d, within 45 working days %.3f%n", counts[2], rate);
    assertThat(rate).isBetween(0.80, 0.91);
  }

  @Test
  void agencyWorkersHoldAboutAFifthOfTheFte() {
    Organisation organisation = council.organisation();
    double agency = 0;
    double all = 0;
    for (Worker worker : organisation.workers()) {
      if (inPost(worker, CENSUS)) {
        all += worker.fte();
        agency += worker.agencyWorker() ? worker.fte() : 0;
      }
    }
    System.out.printf("agency share %.3f%n", agency / all);
    assertThat(agency / all).isBetween(0.12, 0.24);
  }

  @Test
  void meanCaseloadIsAboutSixteen() {
    double fte =
        council.organisation().workers().stream()
            .filter(w -> w.caseHolding() && inPost(w, CENSUS))
            .mapToDouble(Worker::fte)
            .sum();
    double caseload = counts[4] / fte;
    System.out.printf("cases %d, case-holding FTE %.1f, caseload %.1f%n", counts[4], fte, caseload);
    assertThat(caseload).isBetween(13.0, 19.0);
  }

  @Test
  void permanentTurnoverIsAboutSixteenPercent() {
    LocalDate from = CENSUS.minusYears(1);
    double leavers = 0;
    double inPost = 0;
    for (Worker worker : council.organisation().workers()) {
      if (worker.agencyWorker()) {
        continue;
      }
      inPost += inPost(worker, CENSUS) ? worker.fte() : 0;
      LocalDate left = worker.roleEndDate();
      leavers += left != null && left.isAfter(from) && !left.isAfter(CENSUS) ? worker.fte() : 0;
    }
    System.out.printf(
        "turnover %.3f (days in year %d)%n",
        leavers / inPost, ChronoUnit.DAYS.between(from, CENSUS));
    assertThat(leavers / inPost).isBetween(0.10, 0.22);
  }
}
