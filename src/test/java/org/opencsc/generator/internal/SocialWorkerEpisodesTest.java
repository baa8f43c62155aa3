package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.generator.model.ChildHistory.Allocation;

/** A looked-after child's SWEpisodes rows from the child's allocations. */
class SocialWorkerEpisodesTest {

  private static final ReportingYear YEAR =
      new ReportingYear(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  private static final Map<String, SocialWorkerEpisodes.Worker> WORKERS =
      Map.of(
          "W1", new SocialWorkerEpisodes.Worker("SW1", "M1"),
          "W2", new SocialWorkerEpisodes.Worker("SW2", "M1"),
          "W3", new SocialWorkerEpisodes.Worker("SW3", "M2"),
          "W4", new SocialWorkerEpisodes.Worker("SW4", "M2"),
          "M1", new SocialWorkerEpisodes.Worker("SW91", null),
          "M2", new SocialWorkerEpisodes.Worker("SW92", null));

  private static Allocation allocation(String worker, String start, String end, String reason) {
    return new Allocation(
        worker + "-" + start,
        worker,
        "T1",
        LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end),
        reason);
  }

  @Test
  void aCaseReferredAgainWithOnlyShortAllocationsSinceIsTheManagersFirstContact() {
    // closed on 18/01/2026 (CHCHAN), referred again on 05/03/2026 and taken into care: two
    // allocations of a day or two each (front door, then a worker who was changed), so the
    // manager holds the case from the new referral, an episode after a gap that only a first
    // contact may follow (SW10STG2)
    List<Allocation> allocations =
        List.of(
            allocation("W1", "2025-01-29", "2025-12-19", "LEFTRL"),
            allocation("W2", "2025-12-19", "2026-01-18", "CHCHAN"),
            allocation("W3", "2026-03-05", "2026-03-07", "TSPROC"),
            allocation("W4", "2026-03-07", "2026-03-08", "MANAGE"));

    List<SocialWorkerEpisodes.Episode> episodes =
        SocialWorkerEpisodes.of(allocations, YEAR, true, WORKERS);

    assertThat(episodes)
        .containsExactly(
            new SocialWorkerEpisodes.Episode(
                "SW1", LocalDate.of(2025, 1, 29), LocalDate.of(2025, 12, 19), "FCONTA"),
            new SocialWorkerEpisodes.Episode(
                "SW2", LocalDate.of(2025, 12, 19), LocalDate.of(2026, 1, 18), "LEFTRL"),
            new SocialWorkerEpisodes.Episode("SW92", LocalDate.of(2026, 3, 5), null, "FCONTA"));
  }

  @Test
  void aWaitAfterAWorkerLeftFollowedOnlyByAShortAllocationIsTheManagersFromTheLeaving() {
    // the worker left on 11/02/2026; the case waited three weeks, had a worker for a day from
    // 04/03 and was then waiting again at 31 March: the manager has held it since 11/02
    List<Allocation> allocations =
        List.of(
            allocation("W1", "2022-05-11", "2026-02-11", "LEFTRL"),
            allocation("W2", "2026-03-04", "2026-03-05", "MANAGE"));

    List<SocialWorkerEpisodes.Episode> episodes =
        SocialWorkerEpisodes.of(allocations, YEAR, true, WORKERS);

    assertThat(episodes)
        .containsExactly(
            new SocialWorkerEpisodes.Episode(
                "SW1", LocalDate.of(2022, 5, 11), LocalDate.of(2026, 2, 11), "FCONTA"),
            new SocialWorkerEpisodes.Episode("SW91", LocalDate.of(2026, 2, 11), null, "LEFTRL"));
  }

  @Test
  void aShortLastAllocationOfAnOpenInvolvementIsCoveredForTheReasonItEnded() {
    List<Allocation> allocations =
        List.of(
            allocation("W1", "2025-01-29", "2026-03-05", "TSPROC"),
            allocation("W3", "2026-03-05", "2026-03-06", "MANAGE"));

    List<SocialWorkerEpisodes.Episode> episodes =
        SocialWorkerEpisodes.of(allocations, YEAR, true, WORKERS);

    assertThat(episodes)
        .extracting(SocialWorkerEpisodes.Episode::sweNo, SocialWorkerEpisodes.Episode::reason)
        .containsExactly(tuple("SW1", "FCONTA"), tuple("SW92", "MANAGE"));
  }

  @Test
  void aShortWaitAcrossTheYearsFirstDayIsTheManagersForAChildLookedAfterAtTheEnd() {
    // the worker left on 30/03/2025 and the next began on 02/04/2025: a wait of three days, which
    // the DfE allows, but across 1 April, so without the manager the year would begin on 2 April
    // (SW12STG2); for a child not looked after on 31 March the wait is left as it is
    List<Allocation> allocations =
        List.of(
            allocation("W1", "2021-02-19", "2025-03-30", "LEFTRL"),
            allocation("W2", "2025-04-02", null, null));

    assertThat(SocialWorkerEpisodes.of(allocations, YEAR, true, WORKERS))
        .containsExactly(
            new SocialWorkerEpisodes.Episode(
                "SW91", LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 2), "LEFTRL"),
            new SocialWorkerEpisodes.Episode("SW2", LocalDate.of(2025, 4, 2), null, "MANAGE"));
    assertThat(SocialWorkerEpisodes.of(allocations, YEAR, false, WORKERS))
        .containsExactly(
            new SocialWorkerEpisodes.Episode("SW2", LocalDate.of(2025, 4, 2), null, "LEFTRL"));
  }

  @Test
  void aShortWaitWithinTheYearIsLeftAsItIs() {
    List<Allocation> allocations =
        List.of(
            allocation("W1", "2021-02-19", "2025-06-10", "LEFTRL"),
            allocation("W2", "2025-06-13", null, null));

    assertThat(SocialWorkerEpisodes.of(allocations, YEAR, true, WORKERS))
        .extracting(SocialWorkerEpisodes.Episode::sweNo, SocialWorkerEpisodes.Episode::reason)
        .containsExactly(tuple("SW1", "FCONTA"), tuple("SW2", "LEFTRL"));
  }
}
