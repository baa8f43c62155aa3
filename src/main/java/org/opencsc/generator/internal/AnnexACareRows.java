package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.AnnexARows.concat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.ChildHistory.EpisodeOfCare;

/**
 * A child's rows of Annex A lists 7–10: child protection plans open in the period; the child's
 * latest episode of care if they were looked after at some time in it; their latest care leaver
 * contact in the twelve months before the extract date; and their adoption decision unless the
 * adoption ended before the period.
 */
final class AnnexACareRows {

  private AnnexACareRows() {}

  static void write(ChildHistory h, AnnexAContext x, AnnexAContext.Sink sink) {
    for (ChildHistory.CpPlan p : h.cpPlans()) {
      if (x.open(p.cppStartDate(), p.cppEndDate())) {
        sink.row(AnnexAList.CHILD_PROTECTION, protection(h, x, p));
      }
    }
    List<EpisodeOfCare> episodes = h.episodes();
    for (int i = episodes.size() - 1; i >= 0; i--) {
      if (x.open(episodes.get(i).decom(), episodes.get(i).dec())) {
        sink.row(AnnexAList.CHILDREN_IN_CARE, AnnexACareRow.row(h, x, i));
        break;
      }
    }
    h.careLeaverContacts().stream()
        .filter(c -> x.lastYear(c.contactDate()))
        .reduce((a, b) -> b)
        .ifPresent(c -> sink.row(AnnexAList.CARE_LEAVERS, leaver(h, x, c)));
    ChildHistory.Adoption a = h.adoption();
    if (a != null && x.known(a.dateInt()) != null) {
      LocalDate order = adoptionOrder(episodes);
      LocalDate ended = a.datePlacedCeased() != null ? a.datePlacedCeased() : order;
      if (ended == null || !ended.isBefore(x.start)) {
        sink.row(AnnexAList.ADOPTION, adoption(h, x, a, order));
      }
    }
  }

  private static Object[] protection(ChildHistory h, AnnexAContext x, ChildHistory.CpPlan p) {
    ChildHistory.CpVisit visit =
        h.cpVisits().stream()
            .filter(v -> v.cpPlanId().equals(p.cpPlanId()) && x.known(v.visitDate()) != null)
            .reduce((a, b) -> b.visitDate().isBefore(a.visitDate()) ? a : b)
            .orElse(null);
    LocalDate review =
        AnnexAContext.latest(
            h.cpReviews().stream()
                .filter(r -> r.cpPlanId().equals(p.cpPlanId()))
                .map(ChildHistory.CpReview::cppReviewDate)
                .toList(),
            x.asAt);
    LocalDate sixMonths = x.asAt.minusMonths(6);
    boolean protectedByOrder =
        h.episodes().stream()
            .anyMatch(
                e ->
                    (e.ls().equals("L1") || e.ls().equals("L2"))
                        && !e.decom().isAfter(x.asAt)
                        && (e.dec() == null || e.dec().isAfter(sixMonths)));
    LocalDate end = x.known(p.cppEndDate());
    return concat(
        x.child(
            h,
            true,
            p.cppStartDate(),
            x.values.label("abuse", p.initialCategoryOfAbuse()),
            x.values.label("abuse", p.latestCategoryOfAbuse()),
            visit == null ? null : visit.visitDate(),
            visit == null ? null : x.values.yesNo(visit.seenAlone()),
            review,
            end,
            x.values.yesNo(protectedByOrder),
            p.numberOfPreviousCpp()),
        x.allocated(h, end));
  }

  private static Object[] leaver(
      ChildHistory h, AnnexAContext x, ChildHistory.CareLeaverContact c) {
    LocalDate born = h.child().personBirthDate();
    boolean under18 = born != null && born.plusYears(18).isAfter(x.asAt);
    String accom = c.accom();
    boolean typed = accom != null && accom.length() == 2;
    Object[] allocated = x.allocated(h, null);
    return x.child(
        h,
        true,
        x.values.yesNo(h.child().uasc()),
        allocated[0],
        allocated[1],
        x.worker(c.personalAdvisor()),
        x.values.label("eligibility", under18 ? "REL" : "FREL"),
        c.pathwayPlanReviewDate(),
        x.values.label("in_touch", c.inTouch()),
        c.contactDate(),
        typed ? x.values.label("accommodation", accom.substring(0, 1)) : null,
        typed ? x.values.label("suitability", accom.substring(1)) : null,
        x.values.label("activity", c.activ()));
  }

  private static Object[] adoption(
      ChildHistory h, AnnexAContext x, ChildHistory.Adoption a, @Nullable LocalDate order) {
    List<EpisodeOfCare> episodes = h.episodes();
    LocalDate entered = null;
    LocalDate placementOrder = null;
    for (int i = 0; i < episodes.size(); i++) {
      EpisodeOfCare e = episodes.get(i);
      if (!e.decom().isAfter(a.dateInt()) && "S".equals(e.rne())) {
        entered = e.decom();
      }
      if (placementOrder == null && e.ls().equals("E1")) {
        placementOrder = e.decom();
      }
    }
    return x.child(
        h,
        true,
        null,
        entered,
        a.dateInt(),
        x.known(placementOrder),
        x.known(a.dateMatch()),
        x.known(a.datePlaced()),
        x.known(order),
        x.known(a.datePlacedCeased()),
        x.known(a.datePlacedCeased()) == null
            ? null
            : x.values.label("adoption_reason", a.reasonPlacedCeased()),
        null);
  }

  /** The day an adoption order ended the child's care (reason E11 or E12), if one did. */
  private static @Nullable LocalDate adoptionOrder(List<EpisodeOfCare> episodes) {
    return episodes.stream()
        .filter(e -> "E11".equals(e.rec()) || "E12".equals(e.rec()))
        .map(EpisodeOfCare::dec)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
