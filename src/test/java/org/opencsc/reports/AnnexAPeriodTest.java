package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;

class AnnexAPeriodTest {

  static final ServedSnapshot SNAPSHOT = new ServedSnapshot(1, LocalDate.of(2026, 3, 31));

  @Test
  void theDefaultIsTheSnapshotsDateAndTheSixMonthsToIt() {
    assertThat(AnnexAPeriod.of(SNAPSHOT, null, null))
        .isEqualTo(new AnnexAPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)));
    // 31 August less six months is 28 February: the period starts on 1 March
    assertThat(AnnexAPeriod.of(SNAPSHOT, LocalDate.of(2025, 8, 31), null).from())
        .isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(AnnexAPeriod.problems(SNAPSHOT, null, null)).isEmpty();
  }

  @Test
  void datesTheSnapshotCannotGiveAreProblems() {
    assertThat(AnnexAPeriod.problems(SNAPSHOT, LocalDate.of(2026, 4, 1), null))
        .containsExactly(AnnexAPeriod.Problem.AS_AT_AFTER_SNAPSHOT);
    assertThat(AnnexAPeriod.problems(SNAPSHOT, null, LocalDate.of(2026, 4, 1)))
        .containsExactly(AnnexAPeriod.Problem.FROM_AFTER_AS_AT);
    assertThat(
            AnnexAPeriod.problems(SNAPSHOT, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31)))
        .isEmpty();
    assertThat(AnnexAPeriod.Problem.AS_AT_AFTER_SNAPSHOT.field()).isEqualTo("asAt");
  }
}
