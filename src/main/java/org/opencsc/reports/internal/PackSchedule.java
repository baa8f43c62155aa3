package org.opencsc.reports.internal;

import org.opencsc.reports.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the month's board pack at {@code opencsc.reports.board-pack.cron} (07:00 on the first of
 * every month unless configured; {@code -} turns it off), in the web application only, from the
 * snapshot served then: the nightly refresh has loaded the month end by that morning. A snapshot
 * the schedule has packed already is not packed again, also when several instances share the
 * database (the table's unique index decides).
 */
@Component
@ConditionalOnWebApplication
class PackSchedule {

  private static final Logger log = LoggerFactory.getLogger(PackSchedule.class);

  private final Reports reports;

  PackSchedule(Reports reports) {
    this.reports = reports;
  }

  @Scheduled(cron = "${opencsc.reports.board-pack.cron:0 0 7 1 * *}")
  void run() {
    reports
        .scheduledBoardPack()
        .ifPresentOrElse(
            p -> log.info("Board pack {} made as at {} ({} pages)", p.id(), p.asAt(), p.pages()),
            () -> log.info("Board pack not made: nothing loaded, or this snapshot has its pack"));
  }
}
