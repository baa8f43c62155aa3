package org.opencsc.ingest.internal;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where a run's time went: the wall time of each of its steps, in the order they first ran, for the
 * log (and so for {@code bench/ingest}, which prints it). A step that runs more than once (reading
 * each SSDA903 table) adds up under one name.
 */
final class Phases {

  private final LongSupplier nanoTime;
  private final LongSupplier cpuNanos;
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final long cpuAtStart;
  private long mark;

  Phases() {
    this(System::nanoTime, Phases::processCpuNanos);
  }

  /**
   * @param cpuNanos the CPU time the process has used so far (all its threads), or -1 where the JVM
   *     cannot say
   */
  Phases(LongSupplier nanoTime, LongSupplier cpuNanos) {
    this.nanoTime = nanoTime;
    this.cpuNanos = cpuNanos;
    this.mark = nanoTime.getAsLong();
    this.cpuAtStart = cpuNanos.getAsLong();
  }

  /** Ends the step in progress: the time since the previous step ended counts for {@code step}. */
  void end(String step) {
    long now = nanoTime.getAsLong();
    nanos.merge(step, now - mark, Long::sum);
    mark = now;
  }

  /** Each step and its milliseconds, in order. */
  Map<String, Long> millis() {
    Map<String, Long> millis = new LinkedHashMap<>();
    nanos.forEach((step, n) -> millis.put(step, n / 1_000_000));
    return millis;
  }

  /**
   * The CPU time the JVM has used since the run started, in milliseconds: every thread's, the JIT
   * compiler's and the garbage collector's too (not the database's). On two cores a run cannot be
   * faster than half of it. -1 where the JVM cannot say.
   */
  long cpuMillis() {
    long now = cpuNanos.getAsLong();
    return now < 0 || cpuAtStart < 0 ? -1 : (now - cpuAtStart) / 1_000_000;
  }

  /**
   * "scanning files 166 ms, reading CIN census 2,938 ms, ...; JVM CPU 9,210 ms" (the last part
   * where the JVM can say).
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    millis()
        .forEach(
            (step, ms) ->
                text.append(text.isEmpty() ? "" : ", ")
                    .append(step)
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%,d", ms))
                    .append(" ms"));
    long cpu = cpuMillis();
    if (cpu >= 0) {
      text.append("; JVM CPU ").append(String.format(Locale.ROOT, "%,d", cpu)).append(" ms");
    }
    return text.toString();
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
