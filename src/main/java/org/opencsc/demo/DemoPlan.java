package org.opencsc.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ActionDraft;
import org.opencsc.improvement.ActionRag;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.FindingKind;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.InspectionDraft;
import org.opencsc.improvement.InspectionKind;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Judgement;
import org.opencsc.improvement.MeetingDraft;
import org.opencsc.improvement.MeetingKind;
import org.opencsc.improvement.Meetings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small synthetic improvement plan for the demo council, so that the plan's pages are not empty
 * on a first start: an ILACS with four findings, a scrutiny committee meeting, and four actions
 * owned by the demo logins, dated from today so that one is always overdue and one at risk. Made
 * up, like the council: no real inspection or letter.
 */
@Component
class DemoPlan {

  private final Inspections inspections;
  private final Meetings meetings;
  private final ImprovementPlan plan;

  DemoPlan(Inspections inspections, Meetings meetings, ImprovementPlan plan) {
    this.inspections = inspections;
    this.meetings = meetings;
    this.plan = plan;
  }

  /** Creates the example; {@code serviceAreaId} is the demo head of service's area. */
  @Transactional
  void create(String serviceAreaId) {
    LocalDate today = plan.today();
    long ilacs =
        inspections.add(
            new InspectionDraft(
                InspectionKind.ILACS,
                today.minusMonths(8),
                "",
                Judgement.REQUIRES_IMPROVEMENT,
                null),
            "admin");
    inspections.addFinding(
        ilacs,
        FindingKind.STRENGTH,
        "Leaders know their services well and have a clear plan to improve them.",
        "admin");
    long frontDoor =
        inspections.addFinding(
            ilacs,
            FindingKind.PRIORITY_ACTION,
            "Ensure that contacts are screened and decisions made within one working day.",
            "admin");
    long plans =
        inspections.addFinding(
            ilacs,
            FindingKind.RECOMMENDATION,
            "Improve the quality of child in need and child protection plans.",
            "admin");
    long supervision =
        inspections.addFinding(
            ilacs,
            FindingKind.AREA_FOR_DEVELOPMENT,
            "Supervision is not always regular or reflective.",
            "admin");
    long scrutiny =
        meetings.add(
            new MeetingDraft(
                MeetingKind.SCRUTINY_COMMITTEE,
                today.minusMonths(2),
                "Scrutiny committee: the front door",
                "Committee chair\nDirector of Children's Services\nHead of service",
                "Asked for data on re-referrals within 12 months by the next meeting."),
            "admin");
    action(
        "Screen every contact within one working day",
        "head",
        serviceAreaId,
        today.minusMonths(6),
        today.minusDays(10),
        ActionStatus.IN_PROGRESS,
        ActionRag.AMBER,
        null,
        List.of(frontDoor),
        List.of("referrals"));
    action(
        "Monthly audit of child protection plans",
        "manager",
        serviceAreaId,
        today.minusMonths(5),
        today.plusDays(7),
        ActionStatus.IN_PROGRESS,
        ActionRag.GREEN,
        null,
        List.of(plans),
        List.of());
    action(
        "Reflective supervision every four weeks",
        "director",
        null,
        today.minusMonths(6),
        today.plusMonths(4),
        ActionStatus.IN_PROGRESS,
        ActionRag.GREEN,
        null,
        List.of(supervision),
        List.of("supervisions_on_time"));
    action(
        "Report re-referrals to the scrutiny committee",
        "analyst",
        null,
        today.minusMonths(2),
        today.plusDays(30),
        ActionStatus.NOT_STARTED,
        null,
        scrutiny,
        List.of(),
        List.of("re_referrals_within_12_months"));
  }

  private void action(
      String title,
      String owner,
      @Nullable String serviceAreaId,
      LocalDate start,
      LocalDate due,
      ActionStatus status,
      @Nullable ActionRag rag,
      @Nullable Long meeting,
      List<Long> findings,
      List<String> indicators) {
    plan.create(
        new ActionDraft(
            title,
            "",
            owner,
            serviceAreaId,
            start,
            due,
            status,
            rag,
            "",
            meeting,
            findings,
            indicators),
        "director");
  }
}
