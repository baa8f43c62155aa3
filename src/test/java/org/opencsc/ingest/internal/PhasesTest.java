package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PhasesTest {

  private final AtomicLong clock = new AtomicLong(5_000_000_000L);
  private final AtomicLong cpu = new AtomicLong(40_000_000_000L);
  private final Phases phases = new Phases(clock::get, cpu::get);

  /** Time passes with both cores busy. */
  private void pass(long millis) {
    clock.addAndGet(millis * 1_000_000);
    cpu.addAndGet(2 * millis * 1_000_000);
  }

  @Test
  void eachStepGetsTheTimeSinceThePreviousStepEnded() {
    pass(166);
    phases.end("scanning files");
    pass(2_938);
    phases.end("reading CIN census");
    pass(900);
    phases.end("checks across files");

    assertThat(phases.millis())
        .containsExactly(
            entry("scanning files", 166L),
            entry("reading CIN census", 2_938L),
            entry("checks across files", 900L));
    assertThat(phases)
        .hasToString(
            "scanning files 166 ms, reading CIN census 2,938 ms, checks across files 900 ms;"
                + " JVM CPU 8,008 ms");
  }

  @Test
  void aStepThatRunsAgainAddsUpWhereItFirstRan() {
    pass(100);
    phases.end("reading SSDA903");
    pass(7);
    phases.end("reading CIN census");
    pass(20);
    phases.end("reading SSDA903");

    assertThat(phases.millis())
        .containsExactly(entry("reading SSDA903", 120L), entry("reading CIN census", 7L));
  }

  @Test
  void saysNothingOfCpuWhereTheJvmCannotMeasureIt() {
    Phases unmeasured = new Phases(clock::get, () -> -1);
    pass(50);
    unmeasured.end("scanning files");

    assertThat(unmeasured.cpuMillis()).isEqualTo(-1);
    assertThat(unmeasured).hasToString("scanning files 50 ms");
  }
}
