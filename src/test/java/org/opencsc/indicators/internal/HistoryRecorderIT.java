package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the running application does every ten minutes (the tests switch the schedule off, so the
 * recorder is made here): the served snapshot's history is recorded once, and the rows behind the
 * year's figures are kept for both attributions so that the first drill-down is quick.
 */
@OpenCscIT
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class HistoryRecorderIT {

  @Autowired CouncilStructureService council;
  @Autowired IndicatorHistory history;
  @Autowired IndicatorService indicators;
  @Autowired JdbcClient jdbc;

  @Test
  void recordsTheServedSnapshotOnceAndKeepsTheYearsRowsForBothAttributions() {
    jdbc.sql("delete from indicator_history").update();
    jdbc.sql("delete from indicator_fact_set").update();
    ServedSnapshot served = indicators.servedSnapshot();
    HistoryRecorder recorder = new HistoryRecorder(council, history, indicators);

    recorder.recordIfNew();

    assertThat(history.recorded(served)).isTrue();
    assertThat(count("select count(distinct (kind, as_at)) from indicator_history"))
        .as("the snapshot's date (31 March 2025), and the twelve month ends to it")
        .isEqualTo(13);
    assertThat(
            count(
                "select count(*) from indicator_fact_set where snapshot_id = "
                    + served.snapshotId()
                    + " and period_end = '"
                    + served.asAt()
                    + "'"))
        .as(
            "one kept set per indicator and attribution, the four rates per 10,000 children"
                + " (cin, cla, cp plan, referral) sharing their counts' rows")
        .isEqualTo(2L * (indicators.indicators().size() - 4));

    jdbc.sql("delete from indicator_fact_set").update();
    recorder.recordIfNew();

    assertThat(count("select count(*) from indicator_fact_set"))
        .as("a snapshot already recorded is left alone")
        .isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
