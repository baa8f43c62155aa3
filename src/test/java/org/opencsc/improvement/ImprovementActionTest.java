package org.opencsc.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overdue and at risk, derived on a fixed day; never stored. */
class ImprovementActionTest {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

  @Test
  void anOpenActionPastItsDueDateIsOverdueFromTheNextDay() {
    assertThat(action("2025-03-31", ActionStatus.IN_PROGRESS, null).overdue(TODAY)).isTrue();
    assertThat(action("2025-03-31", ActionStatus.NOT_STARTED, null).overdue(TODAY)).isTrue();
    assertThat(action("2025-04-01", ActionStatus.NOT_STARTED, null).overdue(TODAY)).isFalse();
  }

  @Test
  void aCompletedOrClosedActionIsNeverOverdueNorAtRisk() {
    for (ActionStatus done : List.of(ActionStatus.COMPLETED, ActionStatus.CLOSED)) {
      ImprovementAction action = action("2025-01-01", done, ActionRag.RED);
      assertThat(action.overdue(TODAY)).isFalse();
      assertThat(action.atRisk(TODAY)).isFalse();
    }
  }

  @Test
  void anOpenActionIsAtRiskWhenRedOrDueWithinFourteenDays() {
    assertThat(action("2025-04-15", ActionStatus.IN_PROGRESS, ActionRag.GREEN).atRisk(TODAY))
        .isTrue();
    assertThat(action("2025-04-16", ActionStatus.IN_PROGRESS, ActionRag.GREEN).atRisk(TODAY))
        .isFalse();
    assertThat(action("2025-12-31", ActionStatus.IN_PROGRESS, ActionRag.RED).atRisk(TODAY))
        .isTrue();
    assertThat(action("2025-12-31", ActionStatus.NOT_STARTED, ActionRag.AMBER).atRisk(TODAY))
        .isFalse();
    // overdue is not also at risk
    assertThat(action("2025-03-01", ActionStatus.IN_PROGRESS, ActionRag.RED).atRisk(TODAY))
        .isFalse();
  }

  @Test
  void aDraftIsDueOnOrAfterItsStartAndKeepsEachLinkOnce() {
    assertThatThrownBy(() -> draft(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30)))
        .isInstanceOf(IllegalArgumentException.class);
    ActionDraft draft =
        new ActionDraft(
            "t",
            "",
            "o",
            null,
            TODAY,
            TODAY,
            ActionStatus.NOT_STARTED,
            null,
            "",
            null,
            List.of(3L, 1L, 3L),
            List.of("b", "a", "b"));
    assertThat(draft.findingIds()).containsExactly(1L, 3L);
    assertThat(draft.indicators()).containsExactly("a", "b");
  }

  private static ActionDraft draft(LocalDate start, LocalDate due) {
    return new ActionDraft(
        "t",
        "",
        "o",
        null,
        start,
        due,
        ActionStatus.NOT_STARTED,
        null,
        "",
        null,
        List.of(),
        List.of());
  }

  private static ImprovementAction action(String due, ActionStatus status, ActionRag rag) {
    return new ImprovementAction(
        1,
        "Action",
        "",
        "owner",
        "Owner",
        null,
        LocalDate.of(2025, 1, 1),
        LocalDate.parse(due),
        status,
        rag,
        "",
        null,
        List.of(),
        List.of(),
        "director",
        OffsetDateTime.now(),
        OffsetDateTime.now());
  }
}
