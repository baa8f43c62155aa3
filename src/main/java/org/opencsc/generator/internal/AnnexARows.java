package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.ChildHistory;

/**
 * A child's rows of Annex A lists 1–6 (contacts to children in need). Events — contacts and
 * referrals — are listed when they fall in the period; everything with a duration (early help,
 * assessments, section 47 enquiries, episodes of need) when it is open at some time in it. Dates
 * after the extract date are not yet known and are left blank.
 */
final class AnnexARows {

  private AnnexARows() {}

  static void write(ChildHistory h, AnnexAContext x, AnnexAContext.Sink sink) {
    for (ChildHistory.Contact c : h.contacts()) {
      if (x.in(c.contactDate())) {
        sink.row(
            AnnexAList.CONTACTS,
            x.child(h, false, c.contactDate(), x.values.label("source", c.contactSource())));
      }
    }
    for (ChildHistory.EarlyHelpEpisode e : h.earlyHelpEpisodes()) {
      if (x.open(e.startDate(), e.endDate())) {
        sink.row(
            AnnexAList.EARLY_HELP,
            x.child(h, false, e.startDate(), x.known(e.endDate()), e.organisation()));
      }
    }
    for (ChildHistory.Referral r : h.referrals()) {
      if (x.in(r.cinReferralDate())) {
        sink.row(AnnexAList.REFERRALS, referral(h, x, r));
      }
      if (x.open(r.cinReferralDate(), r.cinClosureDate())) {
        sink.row(AnnexAList.CHILDREN_IN_NEED, inNeed(h, x, r));
      }
    }
    for (ChildHistory.Assessment a : h.assessments()) {
      if (x.open(a.assessmentActualStartDate(), a.assessmentAuthorisationDate())) {
        LocalDate done = x.known(a.assessmentAuthorisationDate());
        sink.row(
            AnnexAList.ASSESSMENTS,
            concat(
                x.child(
                    h,
                    true,
                    a.assessmentActualStartDate(),
                    x.values.yesNo(x.known(a.childSeenDate()) != null),
                    done,
                    done == null ? null : x.values.yesNo(a.childInNeed())),
                x.allocated(h, done)));
      }
    }
    for (ChildHistory.Section47 s : h.section47s()) {
      if (x.open(s.s47ActualStartDate(), s.s47EndDate())) {
        sink.row(AnnexAList.SECTION_47, section47(h, x, s));
      }
    }
  }

  private static Object[] referral(ChildHistory h, AnnexAContext x, ChildHistory.Referral r) {
    LocalDate day = r.cinReferralDate();
    long lastYear =
        h.referrals().stream()
            .map(ChildHistory.Referral::cinReferralDate)
            .filter(d -> !d.isAfter(day) && d.isAfter(day.minusMonths(12)))
            .count();
    return concat(
        x.child(
            h,
            false,
            day,
            x.values.label("source", r.referralSource()),
            x.values.yesNo(r.referralNfa()),
            (int) lastYear),
        x.allocated(h, day));
  }

  private static Object[] inNeed(ChildHistory h, AnnexAContext x, ChildHistory.Referral r) {
    LocalDate closed = x.known(r.cinClosureDate());
    LocalDate until = closed == null ? x.asAt : closed;
    List<LocalDate> seen = new ArrayList<>();
    h.cinVisits().stream().filter(v -> v.seen()).forEach(v -> seen.add(v.visitDate()));
    h.cpVisits().stream().filter(v -> v.seen()).forEach(v -> seen.add(v.visitDate()));
    h.claVisits().stream().filter(v -> v.seen()).forEach(v -> seen.add(v.visitDate()));
    seen.removeIf(d -> d.isBefore(r.cinReferralDate()));
    return concat(
        x.child(
            h,
            true,
            r.cinReferralDate(),
            x.values.label("need", r.primaryNeedCode()),
            AnnexAContext.latest(seen, until),
            closed,
            closed == null ? null : x.values.label("closure", r.reasonForClosure()),
            x.values.label("case_status", status(h, x, r, closed))),
        x.allocated(h, closed));
  }

  /** Case status on the extract date (or the closure): looked after, CP plan, CIN plan, open. */
  private static String status(
      ChildHistory h, AnnexAContext x, ChildHistory.Referral r, @Nullable LocalDate closed) {
    if (closed != null) {
      return "CLOSED";
    }
    if (h.episodes().stream().anyMatch(e -> openOn(e.decom(), e.dec(), x.asAt))) {
      return "LAC";
    }
    if (h.cpPlans().stream().anyMatch(p -> openOn(p.cppStartDate(), p.cppEndDate(), x.asAt))) {
      return "CPP";
    }
    boolean cinPlan =
        h.cinPlans().stream()
            .anyMatch(
                p ->
                    p.referralId().equals(r.referralId())
                        && openOn(p.cinPlanStartDate(), p.cinPlanEndDate(), x.asAt));
    return cinPlan ? "CINP" : "ASSESS";
  }

  private static boolean openOn(LocalDate from, @Nullable LocalDate to, LocalDate day) {
    return !from.isAfter(day) && (to == null || to.isAfter(day));
  }

  private static Object[] section47(ChildHistory h, AnnexAContext x, ChildHistory.Section47 s) {
    ChildHistory.Icpc icpc =
        h.icpcs().stream()
            .filter(i -> i.section47Id().equals(s.section47Id()))
            .filter(i -> x.known(i.dateOfInitialCpc()) != null)
            .findFirst()
            .orElse(null);
    long enquiries =
        h.section47s().stream().filter(e -> x.lastYear(e.s47ActualStartDate())).count();
    long conferences = h.icpcs().stream().filter(i -> x.lastYear(i.dateOfInitialCpc())).count();
    return concat(
        x.child(
            h,
            true,
            s.s47ActualStartDate(),
            x.values.yesNo(s.icpcNotRequired()),
            x.known(s.dateOfInitialCpc()),
            icpc == null ? null : x.values.yesNo(icpc.outcomeCpPlan()),
            (int) enquiries,
            (int) conferences),
        x.allocated(h, x.known(s.s47EndDate())));
  }

  static Object[] concat(Object[]... parts) {
    Object[] all = new Object[java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (Object[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
