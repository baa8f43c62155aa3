package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.SyntheticCouncil;

/** Determinism, size and the life-history invariants of generated councils. */
class CouncilGeneratorTest {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  private static SyntheticCouncil generate(CouncilSize size, long seed) {
    return CouncilGenerator.generate(new GeneratorSettings(size, seed, AS_AT));
  }

  private static List<ChildHistory> children(SyntheticCouncil council) {
    List<ChildHistory> children = new ArrayList<>();
    council.children(children::add);
    return children;
  }

  @Test
  void theSameSeedGivesTheSameCouncil() {
    SyntheticCouncil first = generate(CouncilSize.SMALL, 7);
    SyntheticCouncil second = generate(CouncilSize.SMALL, 7);
    assertThat(second.organisation()).isEqualTo(first.organisation());
    assertThat(children(second)).isEqualTo(children(first));
    assertThat(children(first)).isEqualTo(children(first));
  }

  @Test
  void anotherSeedGivesAnotherCouncil() {
    SyntheticCouncil first = generate(CouncilSize.SMALL, 7);
    SyntheticCouncil other = generate(CouncilSize.SMALL, 8);
    assertThat(other.organisation()).isNotEqualTo(first.organisation());
    assertThat(children(other)).isNotEqualTo(children(first));
  }

  @Test
  void smallHoldsAboutAThousandChildrenInIdOrderAndTheirHistoriesAreCoherent() {
    checkAll(generate(CouncilSize.SMALL, 11), 800, 1_300);
  }

  @Test
  void largeHoldsAboutTwentyThousandChildrenAndTheirHistoriesAreCoherent() {
    checkAll(generate(CouncilSize.LARGE, 3), 16_000, 25_000);
  }

  private static void checkAll(SyntheticCouncil council, int min, int max) {
    HistoryInvariants invariants = new HistoryInvariants(council.organisation());
    AtomicInteger count = new AtomicInteger();
    String[] previous = {""};
    council.children(
        child -> {
          count.incrementAndGet();
          assertThat(child.child().childId()).isGreaterThan(previous[0]);
          previous[0] = child.child().childId();
          invariants.check(child);
          DfeRules.check(child);
        });
    assertThat(count.get()).isEqualTo(council.childCount()).isBetween(min, max);
  }
}
