package org.opencsc.improvement.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencsc.improvement.ActionUpdate;
import org.opencsc.improvement.FieldChange;
import org.opencsc.improvement.ImprovementAction;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Meeting;
import org.opencsc.improvement.Meetings;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The plan as a spreadsheet (or CSV): one row per action with its findings, indicators, meeting and
 * latest update. Written by {@link Downloads}, so every text cell is a text cell in the workbook,
 * never a formula, whatever it starts with ({@code =}, {@code +}, {@code -}, {@code @}).
 */
@Component
class PlanDownload {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ImprovementPlan plan;
  private final Inspections inspections;
  private final Meetings meetings;
  private final ImprovementPages pages;

  PlanDownload(
      ImprovementPlan plan, Inspections inspections, Meetings meetings, ImprovementPages pages) {
    this.plan = plan;
    this.inspections = inspections;
    this.meetings = meetings;
    this.pages = pages;
  }

  ResponseEntity<byte[]> of(String format, List<ImprovementAction> actions, LocalDate today) {
    return Downloads.of(format, table(actions, today), "opencsc-improvement-plan-" + today);
  }

  DownloadTable table(List<ImprovementAction> actions, LocalDate today) {
    Map<String, String> areas = pages.serviceAreas();
    Map<Long, ActionUpdate> latest = plan.latestUpdates();
    Map<Long, String> meetingTitles =
        meetings.meetings().stream()
            .collect(Collectors.toMap(Meeting::meetingId, m -> m.heldOn() + " " + m.title()));
    DownloadTable table =
        new DownloadTable("Improvement plan")
            .integer("Action id")
            .text("Title")
            .text("Description")
            .text("Owner login")
            .text("Owner")
            .text("Service area id")
            .text("Service area")
            .date("Start date")
            .date("Due date")
            .text("Status")
            .text("RAG")
            .text("Overdue")
            .text("At risk")
            .text("Evidence")
            .text("Raised by meeting")
            .text("Findings answered")
            .text("Indicators")
            .text("Latest update")
            .text("Latest update by")
            .text("Latest changes")
            .text("Latest note");
    for (ImprovementAction a : actions) {
      ActionUpdate update = latest.get(a.actionId());
      table.row(
          a.actionId(),
          a.title(),
          a.description(),
          a.owner(),
          a.ownerName(),
          a.serviceAreaId(),
          a.serviceAreaId() == null
              ? null
              : areas.getOrDefault(a.serviceAreaId(), a.serviceAreaId()),
          a.startDate(),
          a.dueDate(),
          pages.text(a.status().label()),
          a.rag() == null ? null : pages.text(a.rag().label()),
          a.overdue(today) ? "Yes" : "No",
          a.atRisk(today) ? "Yes" : "No",
          a.evidence(),
          a.meetingId() == null ? null : meetingTitles.get(a.meetingId()),
          findings(a),
          String.join(", ", a.indicators()),
          update == null ? null : pages.local(update.updatedAt()).format(WHEN),
          update == null ? null : update.updatedBy(),
          update == null ? null : changes(update.changes()),
          update == null ? null : update.note());
    }
    return table;
  }

  private String findings(ImprovementAction a) {
    return a.findingIds().stream()
        .map(inspections::finding)
        .flatMap(Optional::stream)
        .map(f -> pages.text(f.kind().label()) + " (" + f.inspectedOn() + "): " + f.text())
        .collect(Collectors.joining("\n"));
  }

  private String changes(List<FieldChange> changes) {
    return changes.stream()
        .map(c -> pages.text("improvement.field." + c.field()))
        .collect(Collectors.joining(", "));
  }
}
