package org.opencsc.indicators.internal;

import java.util.List;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * In the running application: a few minutes after start-up and every ten minutes after, records the
 * indicator history of the served snapshot if it has not been recorded yet. So a nightly refresh,
 * an {@code import} from the command line or a restart after a crash all end with the figures kept,
 * without the import waiting for them. Recording twice is harmless (each as-at date is replaced
 * whole).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "opencsc.indicators.record-history", matchIfMissing = true)
class HistoryRecorder {

  private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

  private final CouncilStructureService council;
  private final IndicatorHistory history;
  private final IndicatorService indicators;

  HistoryRecorder(
      CouncilStructureService council, IndicatorHistory history, IndicatorService indicators) {
    this.council = council;
    this.history = history;
    this.indicators = indicators;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
  void recordIfNew() {
    Optional<ServedSnapshot> served = council.servedSnapshot();
    if (served.isEmpty() || history.recorded(served.get())) {
      return;
    }
    long started = System.nanoTime();
    try {
      List<?> dates = history.record(served.get());
      log.info(
          "Recorded indicator history of snapshot {} as at {} in {} ms",
          served.get().snapshotId(),
          dates,
          (System.nanoTime() - started) / 1_000_000);
      long keeping = System.nanoTime();
      for (Attribution attribution : Attribution.values()) {
        Period year = Period.of(served.get().asAt(), null, attribution);
        indicators.indicators().forEach(i -> indicators.keepRows(year, i.id()));
      }
      log.info(
          "Kept the rows behind every indicator of snapshot {} in {} ms",
          served.get().snapshotId(),
          (System.nanoTime() - keeping) / 1_000_000);
    } catch (RuntimeException e) {
      log.error("Could not record the indicator history of snapshot {}", served.get(), e);
    }
  }
}
