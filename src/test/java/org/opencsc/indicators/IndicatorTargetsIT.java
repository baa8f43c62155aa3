package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting targets on the real schema: the target and its history row are written together with who
 * and why, a later change records what it replaced, refusals write nothing, and the history cannot
 * be rewritten. Rolled back after each test.
 */
@OpenCscIT
@Transactional
class IndicatorTargetsIT {

  @Autowired IndicatorTargets targets;
  @Autowired IndicatorService indicators;
  @Autowired JdbcClient jdbc;

  @Test
  void settingATargetWritesItsHistoryRowWithTheUserAndTheReason() {
    targets.set(
        "referrals", new BigDecimal("600"), new BigDecimal("50"), "admin", " Board 12 May ");

    Target target = targets.target("referrals").orElseThrow();
    assertThat(target.target()).isEqualByComparingTo("600");
    assertThat(target.amberTolerance()).isEqualByComparingTo("50");
    assertThat(target.changedBy()).isEqualTo("admin");
    assertThat(targets.targets()).containsOnlyKeys("referrals");
    TargetChange first = targets.history("referrals").get(0);
    assertThat(first.changedBy()).isEqualTo("admin");
    assertThat(first.reason()).isEqualTo("Board 12 May");
    assertThat(first.oldTarget()).isNull();
    assertThat(first.oldAmberTolerance()).isNull();
    assertThat(first.newTarget()).isEqualByComparingTo("600");
    assertThat(first.newAmberTolerance()).isEqualByComparingTo("50");
    // the change and its history row are one transaction's: the same time
    assertThat(first.changedAt()).isEqualTo(target.changedAt());
  }

  @Test
  void aLaterChangeRecordsWhatItReplacedNewestFirst() {
    targets.set("referrals", new BigDecimal("600"), new BigDecimal("50"), "admin", "First target");
    targets.set("referrals", new BigDecimal("550.5"), BigDecimal.ZERO, "head", "Revised after Q1");

    List<TargetChange> history = targets.history("referrals");

    assertThat(history)
        .extracting(TargetChange::reason)
        .containsExactly("Revised after Q1", "First target");
    TargetChange latest = history.get(0);
    assertThat(latest.changedBy()).isEqualTo("head");
    assertThat(latest.oldTarget()).isEqualByComparingTo("600");
    assertThat(latest.oldAmberTolerance()).isEqualByComparingTo("50");
    assertThat(latest.newTarget()).isEqualByComparingTo("550.5");
    assertThat(latest.newAmberTolerance()).isEqualByComparingTo("0");
    assertThat(targets.target("referrals").orElseThrow().changedBy()).isEqualTo("head");
  }

  @Test
  void refusesAnUnknownIndicatorANegativeToleranceAndNoReasonWritingNothing() {
    assertThatThrownBy(
            () -> targets.set("no_such", BigDecimal.TEN, BigDecimal.ONE, "admin", "Because"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no indicator 'no_such'");
    assertThatThrownBy(
            () ->
                targets.set("referrals", BigDecimal.TEN, new BigDecimal("-1"), "admin", "Because"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amber tolerance cannot be below 0");
    assertThatThrownBy(
            () -> targets.set("referrals", new BigDecimal("-5"), BigDecimal.ONE, "admin", "x"))
        .hasMessageContaining("target cannot be below 0");
    assertThatThrownBy(() -> targets.set("referrals", BigDecimal.TEN, BigDecimal.ONE, "admin", ""))
        .hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> targets.set("referrals", BigDecimal.TEN, BigDecimal.ONE, " ", "x"))
        .hasMessageContaining("signed-in user");

    assertThat(count("indicator_target")).isZero();
    assertThat(count("indicator_target_change")).isZero();
  }

  @Test
  void theHistoryCannotBeRewritten() {
    targets.set("referrals", new BigDecimal("600"), new BigDecimal("50"), "admin", "First");

    assertThatThrownBy(
            () -> jdbc.sql("update indicator_target_change set reason = 'rewritten'").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }

  @Test
  void anIndicatorWhereNeitherWayIsBetterHasNoRagWhateverItsTarget() {
    Indicator referrals = indicators.indicator("referrals").orElseThrow();
    assertThat(referrals.polarity()).isEqualTo(Polarity.NEITHER);
    assertThat(targets.rag(referrals, BigDecimal.TEN)).isEqualTo(Rag.NONE);

    targets.set("referrals", new BigDecimal("600"), new BigDecimal("50"), "admin", "First");

    assertThat(targets.rag(referrals, BigDecimal.TEN)).isEqualTo(Rag.NONE);
    assertThat(targets.rag(referrals, null)).isEqualTo(Rag.NONE);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
