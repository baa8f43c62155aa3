package org.opencsc.generator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Prints how long generating and streaming a council takes, and the peak heap. Not a test: run with
 * {@code java -Xmx2g -cp ... org.opencsc.generator.GeneratorTiming LARGE 7}.
 */
public final class GeneratorTiming {

  private GeneratorTiming() {}

  public static void main(String[] args) {
    CouncilSize size = CouncilSize.valueOf(args.length > 0 ? args[0] : "LARGE");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    long started = System.nanoTime();
    SyntheticCouncil council =
        CouncilGenerator.generate(new GeneratorSettings(size, seed, LocalDate.of(2026, 3, 31)));
    double organised = (System.nanoTime() - started) / 1e9;
    AtomicLong rows = new AtomicLong();
    council.children(
        child ->
            rows.addAndGet(
                1
                    + child.referrals().size()
                    + child.assessments().size()
                    + child.cpVisits().size()
                    + child.claVisits().size()
                    + child.episodes().size()
                    + child.allocations().size()));
    double total = (System.nanoTime() - started) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%s seed %d: %d children, %d workers, organisation %.1f s, total %.1f s, some rows %d,"
            + " peak heap %d MiB%n",
        size,
        seed,
        council.childCount(),
        council.organisation().workers().size(),
        organised,
        total,
        rows.get(),
        peak / (1024 * 1024));
  }
}
