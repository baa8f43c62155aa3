package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of {@code engine.sql}'s referrals. Twelve months to each month end (R04 is dated
 * 2024-03-31, before the snapshot's collection year but inside the year to each earlier month end):
 * Apr-24 R04 R05 = 2; May R01 = 3; Jun R02 = 4; Jul 4; Aug 4; Sep R06 = 5; Oct-Feb 5; Mar-25 R03
 * in, R04 out = 5.
 */
@OpenCscIT
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class IndicatorHistoryIT {

  @Autowired IndicatorService indicators;
  @Autowired IndicatorHistory history;
  @Autowired JdbcClient jdbc;

  @Test
  void recordsTheSnapshotsDateAndTheMonthEndsBeforeIt() {
    jdbc.sql("delete from indicator_history").update();

    List<LocalDate> recorded = history.record(indicators.servedSnapshot());

    assertThat(recorded)
        .hasSize(13)
        .startsWith(LocalDate.of(2025, 3, 31), LocalDate.of(2024, 4, 30));
    assertThat(history.trend("referrals", Level.COUNCIL, "council", true))
        .extracting(p -> p.asAt().getMonthValue() + "=" + p.numerator().intValue())
        .containsExactly(
            "4=2", "5=3", "6=4", "7=4", "8=4", "9=5", "10=5", "11=5", "12=5", "1=5", "2=5", "3=5");
    assertThat(history.trend("referrals", Level.TEAM, "T3", false))
        .singleElement()
        .satisfies(p -> assertThat(p.numerator()).isEqualByComparingTo("1"));
    assertThat(history.recorded(indicators.servedSnapshot())).isTrue();
  }

  @Test
  void recordingAgainAddsNothingAndMonthEndsAreKeptAsFirstRecorded() {
    jdbc.sql("delete from indicator_history").update();
    history.record(indicators.servedSnapshot());
    long monthEnds = count("month_end");
    // a correction arrives: R01 was never a referral; the month ends already kept do not change
    jdbc.sql("delete from referral where snapshot_id = 9101 and referral_id = 'R01'").update();

    List<LocalDate> again = history.record(indicators.servedSnapshot());

    assertThat(again).containsExactly(LocalDate.of(2025, 3, 31));
    assertThat(count("month_end")).isEqualTo(monthEnds);
    assertThat(history.trend("referrals", Level.COUNCIL, "council", true).get(1).numerator())
        .isEqualByComparingTo("3");
    assertThat(history.trend("referrals", Level.COUNCIL, "council", false).get(0).numerator())
        .isEqualByComparingTo("4");
  }

  private long count(String kind) {
    return jdbc.sql("select count(*) from indicator_history where kind = :kind")
        .param("kind", kind)
        .query(Long.class)
        .single();
  }
}
