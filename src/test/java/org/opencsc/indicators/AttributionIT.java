package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attribution rule (docs/indicators.md), on random time lines checked against the rule written
 * out plainly here: for 300 children with up to five allocations each (gaps, back-to-back changes,
 * allocations that end the day they start, open ones, ones that start after the as-at date) and a
 * referral on a random day, each referral's kept row names the worker the rule picks, for both
 * attributions and several as-at dates. Allocations are written through the parent table, so the
 * spans the figures read ({@code allocation_span}) are the trigger's; then some are moved and
 * deleted, and the spans follow.
 */
@OpenCscIT
@Transactional
@Sql("/org/opencsc/indicators/council.sql")
class AttributionIT {

  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final String[][] WORKERS = {
    {"W1", "T1"}, {"W2", "T2"}, {"W3", "T3"}, {"W4", "T3"}
  };

  @Autowired IndicatorService indicators;
  @Autowired JdbcClient jdbc;

  record Allocation(
      String id,
      String child,
      String worker,
      String team,
      LocalDate start,
      @Nullable LocalDate end) {

    boolean lasting() {
      return end == null || end.isAfter(start);
    }

    boolean openOn(LocalDate day) {
      return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
  }

  @Test
  void eachRowCountsForTheWorkerTheRulePicks() {
    Random random = new Random(20261206);
    List<Allocation> allocations = new ArrayList<>();
    Map<String, LocalDate> referrals = new HashMap<>();
    for (int c = 1; c <= 300; c++) {
      String child = "C%03d".formatted(c);
      jdbc.sql(
              "insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)"
                  + " values (9101, ?, 'F', '2015-01-01', 'WBRI')")
          .param(child)
          .update();
      LocalDate day = FIRST.plusDays(random.nextInt(500));
      int count = random.nextInt(6);
      for (int a = 1; a <= count; a++) {
        LocalDate start = day.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(120));
        boolean last = a == count;
        LocalDate end =
            random.nextInt(8) == 0
                ? start
                : last && random.nextBoolean() ? null : start.plusDays(1 + random.nextInt(200));
        String[] worker = WORKERS[random.nextInt(WORKERS.length)];
        allocations.add(new Allocation(child + "-A" + a, child, worker[0], worker[1], start, end));
        if (end == null) {
          break;
        }
        day = end;
      }
      LocalDate referral = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(365));
      referrals.put(child, referral);
      jdbc.sql(
              "insert into referral (snapshot_id, referral_id, child_id, cin_referral_date,"
                  + " referral_source) values (9101, ?, ?, ?, '1A')")
          .params("R" + child, child, referral)
          .update();
    }
    insert(allocations);
    check(allocations, referrals);

    // Corrections through the parent table: every seventh allocation deleted, every tenth handed
    // to W4; the spans follow. (Snapshots never change once loaded, so the kept rows of the first
    // check are dropped by hand.)
    List<Allocation> corrected = new ArrayList<>();
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      if (i % 7 == 0) {
        jdbc.sql("delete from allocation where snapshot_id = 9101 and allocation_id = ?")
            .param(a.id())
            .update();
      } else if (i % 10 == 0) {
        jdbc.sql(
                "update allocation set worker_id = 'W4', team_id = 'T3'"
                    + " where snapshot_id = 9101 and allocation_id = ?")
            .param(a.id())
            .update();
        corrected.add(new Allocation(a.id(), a.child(), "W4", "T3", a.start(), a.end()));
      } else {
        corrected.add(a);
      }
    }
    jdbc.sql("delete from indicator_fact_set").update();
    check(corrected, referrals);
  }

  private void insert(List<Allocation> allocations) {
    String values =
        allocations.stream()
            .map(
                a ->
                    "(9101, '%s', '%s', '%s', '%s', date '%s', %s)"
                        .formatted(
                            a.id(),
                            a.child(),
                            a.worker(),
                            a.team(),
                            a.start(),
                            a.end() == null ? "null" : "date '" + a.end() + "'"))
            .collect(Collectors.joining(",\n"));
    jdbc.sql(
            "insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id,"
                + " start_date, end_date) values\n"
                + values)
        .update();
  }

  private void check(List<Allocation> allocations, Map<String, LocalDate> referrals) {
    Map<String, List<Allocation>> byChild =
        allocations.stream().collect(Collectors.groupingBy(Allocation::child));
    int checked = 0;
    for (LocalDate asAt :
        List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 8, 15))) {
      for (Attribution attribution : Attribution.values()) {
        Period period = Period.of(asAt, LocalDate.of(2024, 4, 1), attribution);
        Map<String, FactRow> rows =
            indicators.rows(period, "referrals", Level.COUNCIL, "council", Side.NUMERATOR).stream()
                .collect(Collectors.toMap(FactRow::childId, Function.identity()));
        for (var referral : referrals.entrySet()) {
          if (referral.getValue().isAfter(asAt)) {
            continue;
          }
          LocalDate day = attribution == Attribution.CURRENT ? asAt : referral.getValue();
          Allocation expected = rule(byChild.getOrDefault(referral.getKey(), List.of()), day, asAt);
          FactRow row = rows.get(referral.getKey());
          assertThat(row).as("%s's referral, as at %s", referral.getKey(), asAt).isNotNull();
          assertThat(row.workerId())
              .as("%s on %s, as at %s (%s)", referral.getKey(), day, asAt, attribution)
              .isEqualTo(expected == null ? null : expected.worker());
          assertThat(row.teamId()).isEqualTo(expected == null ? null : expected.team());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** The rule as docs/indicators.md states it. */
  private static @Nullable Allocation rule(List<Allocation> all, LocalDate day, LocalDate asAt) {
    List<Allocation> held =
        all.stream().filter(Allocation::lasting).filter(a -> !a.start().isAfter(asAt)).toList();
    return held.stream()
        .filter(a -> a.openOn(day))
        .findFirst()
        .or(
            () ->
                held.stream()
                    .filter(a -> a.start().isAfter(day))
                    .min(Comparator.comparing(Allocation::start)))
        .or(
            () ->
                held.stream()
                    .filter(a -> !a.start().isAfter(day))
                    .max(Comparator.comparing(Allocation::start)))
        .orElse(null);
  }
}
