package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.Allocation;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.Organisation.Worker;

/** Checks one child's history against the coherence rules of a life in children's social care. */
final class HistoryInvariants {

  private final Map<String, Worker> workers = new HashMap<>();
  private final Map<String, String> workerTeam = new HashMap<>();
  private final LocalDate asAt;

  HistoryInvariants(Organisation organisation) {
    this.asAt = organisation.asAt();
    organisation.workers().forEach(w -> workers.put(w.workerId(), w));
    organisation.workerTeams().forEach(t -> workerTeam.put(t.workerId(), t.teamId()));
  }

  void check(ChildHistory history) {
    var child = history.child();
    LocalDate birth = child.personBirthDate();
    LocalDate earliest = child.expectedPersonBirthDate() != null ? LocalDate.MIN : birth;
    assertThat(child.childId()).matches("C\\d{7}");
    if (child.upn() != null) {
      assertThat(child.upn()).matches("[A-Z][0-9]{11}[0-9A-Z]");
    }
    for (var contact : history.contacts()) {
      assertThat(contact.contactDate()).isBeforeOrEqualTo(asAt).isAfterOrEqualTo(earliest);
    }
    for (var referral : history.referrals()) {
      assertThat(referral.cinReferralDate()).isBeforeOrEqualTo(asAt).isAfterOrEqualTo(earliest);
      assertNotBefore(referral.cinClosureDate(), referral.cinReferralDate());
      assertThat(history.contacts())
          .anyMatch(c -> !c.contactDate().isAfter(referral.cinReferralDate()));
    }
    for (var assessment : history.assessments()) {
      var referral = referral(history, assessment.referralId());
      assertThat(assessment.assessmentActualStartDate())
          .isAfterOrEqualTo(referral.cinReferralDate());
      assertNotBefore(
          assessment.assessmentAuthorisationDate(), assessment.assessmentActualStartDate());
      assertThat(assessment.assessmentActualStartDate()).isBeforeOrEqualTo(asAt);
    }
    for (var s47 : history.section47s()) {
      var discussion =
          history.strategyDiscussions().stream()
              .filter(d -> d.strategyDiscussionId().equals(s47.strategyDiscussionId()))
              .findFirst()
              .orElseThrow();
      assertThat(s47.s47ActualStartDate()).isAfterOrEqualTo(discussion.strategyDiscussionDate());
      assertNotBefore(s47.dateOfInitialCpc(), s47.s47ActualStartDate());
      assertNotBefore(s47.s47EndDate(), s47.s47ActualStartDate());
    }
    for (var plan : history.cpPlans()) {
      var icpc =
          history.icpcs().stream()
              .filter(i -> i.icpcId().equals(plan.icpcId()))
              .findFirst()
              .orElseThrow();
      assertThat(plan.cppStartDate()).isEqualTo(icpc.dateOfInitialCpc());
      assertNotBefore(plan.cppEndDate(), plan.cppStartDate());
    }
    noOverlap(
        history.cpPlans().stream()
            .map(p -> new LocalDate[] {p.cppStartDate(), p.cppEndDate()})
            .toList());
    episodes(history.episodes(), birth);
    allocations(history.allocations());
  }

  private static ChildHistory.Referral referral(ChildHistory history, String id) {
    return history.referrals().stream()
        .filter(r -> r.referralId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private void episodes(List<EpisodeOfCare> episodes, LocalDate birth) {
    for (int i = 0; i < episodes.size(); i++) {
      EpisodeOfCare episode = episodes.get(i);
      assertThat(episode.decom()).isAfterOrEqualTo(birth).isBeforeOrEqualTo(asAt);
      assertNotBefore(episode.dec(), episode.decom());
      assertThat(episode.dec() == null).isEqualTo(episode.rec() == null);
      if (episode.decom().isAfter(LocalDate.of(2024, 3, 31))) {
        assertThat(episode.place()).isNotIn("H5", "P2");
      }
      EpisodeOfCare previous = i == 0 ? null : episodes.get(i - 1);
      if (previous == null || !"X1".equals(previous.rec())) {
        assertThat(episode.rne()).isEqualTo("S");
        if (previous != null) {
          assertThat(previous.dec()).isBeforeOrEqualTo(episode.decom());
        }
      } else {
        assertThat(episode.decom()).isEqualTo(previous.dec());
        // H5 became K3 in April 2024: the same placement under the new code is no move
        boolean recoded = previous.place().equals("H5") && episode.place().equals("K3");
        boolean placement =
            (!episode.place().equals(previous.place()) && !recoded)
                || !episode.urn().equals(previous.urn())
                || !episode.plDistance().equals(previous.plDistance());
        boolean legal = !episode.ls().equals(previous.ls());
        assertThat(episode.rne()).isEqualTo(placement && legal ? "U" : legal ? "L" : "P");
      }
    }
    if (!episodes.isEmpty()) {
      assertThat(episodes.get(episodes.size() - 1).rec()).isNotEqualTo("X1");
    }
  }

  private void allocations(List<Allocation> allocations) {
    noOverlap(allocations.stream().map(a -> new LocalDate[] {a.startDate(), a.endDate()}).toList());
    for (Allocation allocation : allocations) {
      Worker worker = workers.get(allocation.workerId());
      assertThat(worker).isNotNull();
      assertThat(worker.caseHolding()).isTrue();
      assertThat(workerTeam.get(worker.workerId())).isEqualTo(allocation.teamId());
      assertThat(allocation.startDate())
          .isAfterOrEqualTo(worker.roleStartDate())
          .isBeforeOrEqualTo(asAt);
      if (worker.roleEndDate() != null) {
        assertThat(allocation.endDate()).isNotNull().isBeforeOrEqualTo(worker.roleEndDate());
      }
      assertThat(allocation.endDate() == null).isEqualTo(allocation.changeReason() == null);
    }
  }

  /** Periods [start, end) in order never overlap; only the last may be open. */
  private static void noOverlap(List<LocalDate[]> periods) {
    for (int i = 1; i < periods.size(); i++) {
      LocalDate[] previous = periods.get(i - 1);
      assertThat(previous[1]).isNotNull();
      assertThat(periods.get(i)[0]).isAfterOrEqualTo(previous[1]);
    }
  }

  private void assertNotBefore(LocalDate later, LocalDate earlier) {
    if (later != null) {
      assertThat(later).isAfterOrEqualTo(earlier).isBeforeOrEqualTo(asAt);
    }
  }
}
