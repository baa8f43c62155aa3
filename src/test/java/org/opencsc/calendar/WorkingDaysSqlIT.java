package org.opencsc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencsc.calendar.WorkingDaysTest.Edge;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The SQL functions {@code working_days_between} and {@code add_working_days} answer as {@link
 * WorkingDays} does, on the table {@code bank_holiday} that the application filled from its
 * configuration: the shipped file plus a closure day on Monday 29 December 2025 (the Saturday
 * listed beside it is ignored).
 */
@OpenCscIT
@TestPropertySource(properties = "opencsc.calendar.extra-closure-days=2025-12-29,2025-12-27")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDaysSqlIT {

  private static final LocalDate CLOSURE_DAY = LocalDate.parse("2025-12-29");

  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;
  @Autowired Flyway flyway;

  /**
   * The test database is shared by every context, and each fills bank_holiday from its own
   * configuration after migrating: migrate again so that the table is this context's.
   */
  @BeforeAll
  void fillTheTableAsThisContextIsConfigured() {
    flyway.migrate();
  }

  /** Leaves the table as the other tests' configuration (no closure days) has it. */
  @AfterAll
  void removeTheClosureDay() {
    jdbc.sql("delete from bank_holiday where source = 'configuration'").update();
  }

  @Test
  void theTableHoldsTheShippedBankHolidaysAndTheConfiguredClosureDay() {
    List<String> sources =
        jdbc.sql("select source || ' ' || count(*) from bank_holiday group by source order by 1")
            .query(String.class)
            .list();
    assertThat(sources)
        .containsExactly("bank-holidays-england-and-wales.csv 107", "configuration 1");
    assertThat(
            jdbc.sql("select title || ' / ' || source from bank_holiday where holiday_date = :d")
                .param("d", CLOSURE_DAY)
                .query(String.class)
                .single())
        .isEqualTo("Council closure day / configuration");
    assertThat(
            jdbc.sql("select title from bank_holiday where holiday_date = date '2022-09-19'")
                .query(String.class)
                .single())
        .isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
    List<LocalDate> tableDates =
        jdbc.sql("select holiday_date from bank_holiday order by holiday_date")
            .query(LocalDate.class)
            .list();
    // the trigger keeps bank_holiday_dates() to the table's dates
    assertThat(
            jdbc.sql("select d from unnest(bank_holiday_dates()) as d")
                .query(LocalDate.class)
                .list())
        .isEqualTo(tableDates);
    assertThat(workingDays.isWorkingDay(CLOSURE_DAY)).isFalse();
    assertThat(tableDates).allSatisfy(d -> assertThat(workingDays.isWorkingDay(d)).isFalse());
  }

  @Test
  void theHandWorkedEdges() {
    for (Edge edge : WorkingDaysTest.EDGES) {
      assertThat(between(edge.from(), edge.to())).as(edge.name()).isEqualTo(edge.workingDays());
      if (edge.workingDays() > 0 && workingDays.isWorkingDay(edge.to())) {
        assertThat(plus(edge.from(), edge.workingDays())).as(edge.name()).isEqualTo(edge.to());
      }
    }
    // Wed 24 Dec 2025 → Fri 2 Jan 2026: 25, 26 holidays, 27–28 weekend, Mon 29 the closure day;
    // Tue 30, Wed 31 and Fri 2 count (Thu 1 is New Year's Day): 3
    assertThat(between(LocalDate.parse("2025-12-24"), LocalDate.parse("2026-01-02"))).isEqualTo(3);
    assertThat(plus(LocalDate.parse("2025-12-24"), 1)).isEqualTo("2025-12-30");
    assertThat(plus(LocalDate.parse("2025-12-24"), 0)).isEqualTo("2025-12-24");
  }

  @Test
  void sqlAgreesWithJavaOnRandomDates() {
    Random random = new Random(10);
    List<LocalDate> froms = new ArrayList<>();
    List<LocalDate> tos = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      LocalDate from = WorkingDaysTest.randomDate(random);
      froms.add(from);
      tos.add(from.plusDays(random.nextInt(-200, 500)));
      ns.add(random.nextInt(0, 300));
    }
    List<String> sql =
        jdbc.sql(
                """
                select f || ' ' || t || ' ' || n || ': ' || working_days_between(f, t)
                       || ' ' || add_working_days(f, n)
                from unnest(cast(:froms as date[]), cast(:tos as date[]), cast(:ns as int[]))
                  with ordinality as pair (f, t, n, i)
                order by i
                """)
            .param("froms", array(froms))
            .param("tos", array(tos))
            .param("ns", array(ns))
            .query(String.class)
            .list();
    List<String> java = new ArrayList<>();
    for (int i = 0; i < froms.size(); i++) {
      LocalDate from = froms.get(i);
      java.add(
          from
              + " "
              + tos.get(i)
              + " "
              + ns.get(i)
              + ": "
              + workingDays.between(from, tos.get(i))
              + " "
              + workingDays.plus(from, ns.get(i)));
    }
    assertThat(sql).isEqualTo(java);
  }

  @Test
  void nullGivesNullAndANegativeCountIsRefused() {
    assertThat(
            jdbc.sql(
                    """
                    select working_days_between(null, date '2025-01-06') is null
                       and working_days_between(date '2025-01-06', null) is null
                       and add_working_days(null, 3) is null
                       and add_working_days(date '2025-01-06', null) is null
                    """)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThatThrownBy(() -> plus(LocalDate.parse("2025-01-06"), -1))
        .hasMessageContaining("add_working_days: n must be 0 or more, not -1");
  }

  @Test
  void workingDaysBetweenIsInlinedIntoTheQuery() {
    // the planner replaces the call by its arithmetic and the holidays array: no call per row
    String plan =
        jdbc
            .sql(
                """
                explain (verbose)
                select working_days_between(f, t)
                from (values (date '2025-01-01', date '2025-02-01'), (date '2025-03-01', date '2025-04-01'))
                  as pair (f, t)
                """)
            .query(String.class)
            .list()
            .stream()
            .collect(Collectors.joining("\n"));
    assertThat(plan).contains("width_bucket").doesNotContain("working_days_between");
  }

  private int between(LocalDate from, LocalDate to) {
    return jdbc.sql("select working_days_between(cast(:f as date), cast(:t as date))")
        .param("f", from)
        .param("t", to)
        .query(Integer.class)
        .single();
  }

  private LocalDate plus(LocalDate from, int n) {
    return jdbc.sql("select add_working_days(cast(:f as date), :n)")
        .param("f", from)
        .param("n", n)
        .query(LocalDate.class)
        .single();
  }

  /** A PostgreSQL array literal: {a,b,c}. */
  private static String array(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
  }
}
