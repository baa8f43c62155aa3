package org.opencsc.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.security.Scope;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task rules on the hand-built team of {@code tasks.sql}, whose header works out every due date
 * as at Thursday 1 May 2025; and the same due dates as the indicators that measure them.
 */
@OpenCscIT
@Transactional
@Sql("/org/opencsc/tasks/tasks.sql")
class TaskServiceIT {

  static final LocalDate TODAY = LocalDate.of(2025, 5, 1);
  static final ServedSnapshot SNAPSHOT = new ServedSnapshot(9301, TODAY);

  @Autowired TaskService tasks;
  @Autowired IndicatorService indicators;

  @Test
  void aWorkersTasksAreDueByTheIndicatorsRulesMostUrgentFirst() {
    Tasks w1 = tasks.ofWorker(SNAPSHOT, "W1", Scope.worker("W1"));

    assertThat(w1.all())
        .extracting(Task::kind, Task::childId, Task::dueDate, Task::basis, Task::basisDate)
        .containsExactly(
            tuple(
                TaskKind.CLA_REVIEW, "C02", date("2025-03-20"), "last-review", date("2024-09-20")),
            tuple(TaskKind.CLA_VISIT, "C02", date("2025-04-17"), "last-visit", date("2025-03-06")),
            tuple(TaskKind.CP_VISIT, "C01", date("2025-05-01"), "last-visit", date("2025-04-15")),
            tuple(
                TaskKind.SUPERVISION,
                null,
                date("2025-05-02"),
                "last-supervision",
                date("2025-04-02")),
            tuple(
                TaskKind.ASSESSMENT,
                "C03",
                date("2025-05-15"),
                "assessment-start",
                date("2025-03-10")),
            tuple(TaskKind.CP_REVIEW, "C01", date("2025-06-03"), "plan-start", date("2025-03-03")));
    assertThat(w1.all()).extracting(Task::workerId).containsOnly("W1");
    assertThat(w1.all())
        .extracting(t -> t.daysUntilDue(TODAY))
        .containsExactly(-42L, -14L, 0L, 1L, 14L, 33L);
  }

  @Test
  void theHorizonKeepsWhatIsOverdueAndWhatFallsDueByItsLastDay() {
    Tasks w1 = tasks.ofWorker(SNAPSHOT, "W1", Scope.worker("W1"));
    Tasks t1 = tasks.ofTeam(SNAPSHOT, "T1", Scope.team("T1"));

    assertThat(w1.within(Horizon.DAYS_7)).hasSize(4);
    // the assessment due on 15 May, 14 days ahead, is inside the 14 days
    assertThat(w1.within(Horizon.DAYS_14)).hasSize(5);
    assertThat(w1.within(Horizon.DAYS_28)).hasSize(5);
    assertThat(t1.within(Horizon.DAYS_7)).hasSize(9);
    assertThat(t1.within(Horizon.DAYS_14)).hasSize(12);
    assertThat(t1.within(Horizon.DAYS_28)).hasSize(13);
    assertThat(t1.all()).hasSize(15);
  }

  @Test
  void aTeamsTasksCoverEveryChildAllocatedInItAndItsWorkersSupervision() {
    Tasks t1 = tasks.ofTeam(SNAPSHOT, "T1", Scope.team("T1"));

    assertThat(t1.within(Horizon.DAYS_28))
        .extracting(Task::kind, Task::childId, Task::workerId, Task::dueDate)
        .containsExactly(
            tuple(TaskKind.ASSESSMENT, "C07", "W2", date("2025-03-10")),
            tuple(TaskKind.CLA_REVIEW, "C02", "W1", date("2025-03-20")),
            tuple(TaskKind.SUPERVISION, null, "W2", date("2025-03-31")),
            tuple(TaskKind.CLA_VISIT, "C02", "W1", date("2025-04-17")),
            tuple(TaskKind.CP_VISIT, "C01", "W1", date("2025-05-01")),
            tuple(TaskKind.CP_REVIEW, "CM1", "WM", date("2025-05-01")),
            tuple(TaskKind.SUPERVISION, null, "W1", date("2025-05-02")),
            tuple(TaskKind.CLA_VISIT, "C04", "W2", date("2025-05-05")),
            tuple(TaskKind.CP_VISIT, "C05", "W2", date("2025-05-07")),
            tuple(TaskKind.SUPERVISION, null, "WM", date("2025-05-13")),
            tuple(TaskKind.CP_VISIT, "CM1", "WM", date("2025-05-14")),
            tuple(TaskKind.ASSESSMENT, "C03", "W1", date("2025-05-15")),
            tuple(TaskKind.CLA_REVIEW, "C04", "W2", date("2025-05-28")));
    assertThat(t1.overdueFor("C02")).isEqualTo(2);
    assertThat(t1.nextFor("C04")).map(Task::kind).contains(TaskKind.CLA_VISIT);
    assertThat(t1.nextFor("C09")).isEmpty();
  }

  @Test
  void aNeverSupervisedWorkerWasDueFromTheDayTheyStarted() {
    Tasks t2 = tasks.ofTeam(SNAPSHOT, "T2", Scope.ALL);

    assertThat(t2.all())
        .extracting(Task::kind, Task::childId, Task::dueDate, Task::basis)
        .containsExactly(
            tuple(TaskKind.SUPERVISION, null, date("2023-01-01"), "role-start"),
            tuple(TaskKind.CLA_VISIT, "C06", date("2024-11-11"), "placement-start"),
            tuple(TaskKind.CLA_REVIEW, "C06", date("2025-02-20"), "first-review"));
  }

  @Test
  void theScopeLimitsTheRowsWhateverTheCallerAsks() {
    // a worker's scope asking for the team: the children W1 may see (C07 was theirs until
    // February, within the last twelve months) and W1's own supervision, no one else's
    assertThat(tasks.ofTeam(SNAPSHOT, "T1", Scope.worker("W1")).all())
        .extracting(t -> t.kind() + " " + t.childId() + " " + t.workerId())
        .containsExactly(
            "ASSESSMENT C07 W2",
            "CLA_REVIEW C02 W1",
            "CLA_VISIT C02 W1",
            "CP_VISIT C01 W1",
            "SUPERVISION null W1",
            "ASSESSMENT C03 W1",
            "CP_REVIEW C01 W1");
    assertThat(tasks.ofWorker(SNAPSHOT, "W2", Scope.worker("W1")).all())
        .extracting(Task::childId)
        .containsExactly("C07");
    assertThat(tasks.ofTeam(SNAPSHOT, "T2", Scope.team("T1")).all()).isEmpty();
    assertThat(tasks.ofTeam(SNAPSHOT, "T1", Scope.NONE).all()).isEmpty();
    assertThat(tasks.ofTeam(SNAPSHOT, "T1", Scope.serviceArea("SA2")).all()).isEmpty();
    assertThat(tasks.ofTeam(SNAPSHOT, "T1", Scope.serviceArea("SA1")).all()).hasSize(15);
  }

  @Test
  void anOlderSnapshotIsNeverRead() {
    // snapshot 9300 has W1 holding C99, on a plan with no visit since February 2024
    assertThat(tasks.ofWorker(SNAPSHOT, "W1", Scope.ALL).all())
        .extracting(Task::childId)
        .doesNotContain("C99");
    assertThat(tasks.ofWorker(new ServedSnapshot(9300, TODAY), "W1", Scope.ALL).all())
        .extracting(Task::childId)
        .contains("C99");
  }

  /**
   * Each indicator, as at today, fails exactly the children whose task the list shows as missed:
   * due before today for the measures that look at the start of the day (CLA visits, supervision),
   * due today or before for those that look at its end (CP visits, CLA and CP reviews).
   */
  @Test
  void theIndicatorsFailExactlyTheTasksMissedByTheirDate() {
    Tasks all = new Tasks(TODAY, everyTask());

    assertThat(failing("cla_statutory_visits_on_time", FactRow::childId))
        .isEqualTo(missed(all, TaskKind.CLA_VISIT, false))
        .containsExactlyInAnyOrder("C02", "C06");
    assertThat(failing("cp_visits_within_10_working_days", FactRow::childId))
        .isEqualTo(missed(all, TaskKind.CP_VISIT, true))
        .containsExactly("C01");
    assertThat(failing("cla_reviews_on_time", FactRow::childId))
        .isEqualTo(missed(all, TaskKind.CLA_REVIEW, true))
        .containsExactlyInAnyOrder("C02", "C06");
    // C09's plan ended on 10 April without a review: late for the indicator, no task any more
    assertThat(failingOpen("cp_reviews_on_time"))
        .isEqualTo(missed(all, TaskKind.CP_REVIEW, true))
        .containsExactly("CM1");
    assertThat(failing("supervisions_on_time", FactRow::recordId))
        .isEqualTo(
            all.all().stream()
                .filter(t -> t.kind() == TaskKind.SUPERVISION && t.overdue(TODAY))
                .map(Task::workerId)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("W2", "W3");
  }

  private List<Task> everyTask() {
    return java.util.stream.Stream.of("T1", "T2")
        .flatMap(team -> tasks.ofTeam(SNAPSHOT, team, Scope.ALL).all().stream())
        .toList();
  }

  private Set<String> failing(String indicator, java.util.function.Function<FactRow, String> id) {
    return rows(indicator, r -> true).stream()
        .filter(r -> !r.inNumerator())
        .map(id)
        .collect(Collectors.toSet());
  }

  private Set<String> failingOpen(String indicator) {
    return rows(indicator, r -> r.endDate() == null).stream()
        .filter(r -> !r.inNumerator())
        .map(FactRow::childId)
        .collect(Collectors.toSet());
  }

  private List<FactRow> rows(String indicator, Predicate<FactRow> keep) {
    return indicators
        .rows(Period.yearTo(TODAY), indicator, Level.COUNCIL, "council", Side.DENOMINATOR)
        .stream()
        .filter(keep)
        .toList();
  }

  /** The children whose task of that kind is due before today (or today too, atEndOfDay). */
  private static Set<String> missed(Tasks all, TaskKind kind, boolean atEndOfDay) {
    return all.all().stream()
        .filter(t -> t.kind() == kind)
        .filter(t -> atEndOfDay ? !t.dueDate().isAfter(TODAY) : t.overdue(TODAY))
        .map(Task::childId)
        .collect(Collectors.toSet());
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
