package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;

/**
 * The DfE validation rules (shared/docs/reference, 2025-26) that a generated child's history must
 * not break, so that its returns pass them. Numbers are the DfE rule codes; 903 rules first, then
 * CIN census rules.
 */
final class DfeRules {

  /** The first day of the 2024-25 collection, whose PLACE codes have K3 instead of H5 and P2. */
  static final LocalDate K3_FROM = LocalDate.of(2024, 4, 1);

  private static final Set<String> UPN_UNKNOWN_903 = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

  private DfeRules() {}

  static void check(ChildHistory history) {
    ChildHistory.Child child = history.child();
    if (!history.episodes().isEmpty()) {
      // 442, 168: a UPN, or why it is unknown
      assertThat(child.upn() != null || UPN_UNKNOWN_903.contains(child.upnUnknown())).isTrue();
    }
    List<EpisodeOfCare> episodes = history.episodes();
    for (int i = 0; i < episodes.size(); i++) {
      episode(child.personBirthDate(), episodes.get(i), i == 0 ? null : episodes.get(i - 1));
    }
    adoption(history);
    permanenceAndMissing(history);
    census(history);
  }

  private static void permanenceAndMissing(ChildHistory history) {
    List<EpisodeOfCare> episodes = history.episodes();
    ChildHistory.PreviousPermanence permanence = history.previousPermanence();
    if (permanence != null && permanence.datePerm() != null && !episodes.isEmpty()) {
      assertThat(permanence.datePerm())
          .as("632: the order before the child's first care")
          .isBefore(episodes.get(0).decom());
    }
    for (ChildHistory.MissingEpisode m : history.missingEpisodes()) {
      if (m.misEnd() != null) {
        continue;
      }
      // 575: a child still missing is still in the placement they went missing from
      episodes.stream()
          .filter(e -> !e.decom().isAfter(m.misStart()))
          .filter(e -> e.dec() == null || !e.dec().isBefore(m.misStart()))
          .forEach(e -> assertThat(e.dec()).as("575: placement ended while missing").isNull());
    }
  }

  private static void episode(LocalDate birth, EpisodeOfCare e, EpisodeOfCare previous) {
    int age = Period.between(birth, e.decom()).getYears();
    String place = e.place();
    if (e.dec() == null || !e.dec().isBefore(K3_FROM)) {
      assertThat(place).as("146: H5 and P2 are not codes from 2024-25").isNotIn("H5", "P2");
    }
    if (place.equals("H5") || place.equals("K3")) {
      assertThat(age).as("371: supported accommodation from 16").isGreaterThanOrEqualTo(16);
    }
    if (e.ls().startsWith("J")) {
      assertThat(age).as("358: remand from 10").isGreaterThanOrEqualTo(10);
    }
    if (e.ls().equals("L1") && e.dec() != null) {
      assertThat(e.dec()).as("361: police protection").isBeforeOrEqualTo(e.decom().plusDays(3));
    }
    assertThat(place.equals("P1") && e.ls().equals("V2")).as("378: P1 under s20").isFalse();
    assertThat(place).as("380, 381: no temporary placement").doesNotStartWith("T");
    if ("E45".equals(e.rec()) || "E46".equals(e.rec())) {
      assertThat(place).as("516: SGO to former foster carers").startsWith("U");
    }
    if (place.equals("A3") || place.equals("A5")) {
      assertThat(e.rne()).as("217: placed with the current foster carers").isIn("S", "T", "U");
    }
    if (place.equals("A3") || place.equals("A4") || place.equals("A5")) {
      assertThat(previous).isNotNull();
      assertThat(previous.place()).as("336: placed for adoption from foster care").startsWith("U");
    }
    if (!place.equals("P1")) {
      assertThat(e.plPost()).as("392d: home postcode").isNotEqualTo(e.homePost());
    }
  }

  private static void adoption(ChildHistory history) {
    ChildHistory.Adoption adoption = history.adoption();
    if (adoption == null) {
      return;
    }
    // 523: the decision to place is the best-interest decision; 558: never reversed when adopted
    assertThat(adoption.datePlaced()).isEqualTo(adoption.dateInt());
    assertThat(adoption.datePlacedCeased()).isNull();
    assertThat(adoption.reasonPlacedCeased()).isNull();
    // 514, 517, 518, 520, 524: the adopters' legal status and sexes agree
    String ls = adoption.lsAdoptr();
    String sexes = adoption.sexAdoptr();
    assertThat(ls.equals("L0")).isEqualTo(adoption.nbAdoptr() == 1);
    if (ls.equals("L11") || ls.equals("L3")) {
      assertThat(sexes).isEqualTo("MF");
    } else if (ls.equals("L12") || ls.equals("L4")) {
      assertThat(sexes).isIn("MM", "FF");
    }
    history.episodes().stream()
        .filter(e -> e.place().startsWith("A"))
        .reduce((first, second) -> second)
        .ifPresent(
            placed ->
                assertThat(adoption.fosterCare())
                    .as("335: FOSTER_CARE and the adoption placement")
                    .isEqualTo(placed.place().equals("A3") || placed.place().equals("A5")));
  }

  private static void census(ChildHistory history) {
    if (history.child().personBirthDate() == null) {
      assertThat(history.child().sex()).as("8750: an unborn child's sex").isEqualTo("U");
    }
    for (ChildHistory.Assessment a : history.assessments()) {
      assertThat(a.factors()).doesNotContain("18A", "19A"); // 8945Q, 8950Q
      if (a.factors().contains("21")) {
        assertThat(a.factors()).as("8869: factor 21 alone").containsExactly("21");
      }
      if (a.assessmentAuthorisationDate() != null) {
        assertThat(a.factors()).as("8897Q: factors of a completed assessment").isNotEmpty();
      }
    }
    for (ChildHistory.CpPlan plan : history.cpPlans()) {
      assertThat(plan.cppEndDate()).as("8840").isNotEqualTo(plan.cppStartDate());
    }
    for (ChildHistory.Referral r : history.referrals()) {
      if ("RC8".equals(r.reasonForClosure()) || "RC9".equals(r.reasonForClosure())) {
        String id = r.referralId();
        assertThat(history.cinPlans()).as("2990").noneMatch(p -> p.referralId().equals(id));
        assertThat(history.section47s()).as("2990").noneMatch(s -> s.referralId().equals(id));
        assertThat(history.cpPlans()).as("2990").noneMatch(p -> p.referralId().equals(id));
      }
      if (r.cinClosureDate() != null) {
        LocalDate closed = r.cinClosureDate();
        history.assessments().stream()
            .filter(a -> a.referralId().equals(r.referralId()))
            .forEach(
                a -> {
                  assertThat(a.assessmentAuthorisationDate()).as("8867").isNotNull();
                  assertThat(a.assessmentAuthorisationDate()).as("8565").isBeforeOrEqualTo(closed);
                });
        history.section47s().stream()
            .filter(s -> s.referralId().equals(r.referralId()) && s.dateOfInitialCpc() != null)
            .forEach(s -> assertThat(s.dateOfInitialCpc()).as("8565").isBeforeOrEqualTo(closed));
      }
    }
  }
}
