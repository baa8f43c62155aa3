package org.opencsc.audits.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditResults;
import org.opencsc.audits.AuditService;
import org.opencsc.audits.AuditSummary;
import org.opencsc.audits.Grade;
import org.opencsc.audits.ResultRow;
import org.opencsc.security.AccessLog;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Audit results: grades by quarter for the council, each service area, team and worker, and the
 * learning themes counted: figures only, for every role, the improvement board included. The
 * download is one row per graded audit: the child's id and the auditor's words (which may name the
 * family) only in the rows of audits the login may open, and never for the board, whose download
 * has no child id column at all.
 */
@Controller
@PreAuthorize(AuditAccess.MAY_SEE_RESULTS)
class ResultsController {

  static final String EXPORT = "case audit results";
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final AuditResults results;
  private final AuditService audits;
  private final AccessLog accessLog;
  private final Names names;
  private final MessageSource messages;

  ResultsController(
      AuditResults results,
      AuditService audits,
      AccessLog accessLog,
      Names names,
      MessageSource messages) {
    this.results = results;
    this.audits = audits;
    this.accessLog = accessLog;
    this.names = names;
    this.messages = messages;
  }

  @GetMapping("/audits/results")
  String results(@AuthenticationPrincipal OpenCscUser user, Model model) {
    Names.Lookup lookup = names.lookup();
    List<Level> levels = new ArrayList<>();
    for (AuditResults.Level level : AuditResults.Level.values()) {
      List<Line> lines =
          results.byQuarter(level).stream().map(r -> Line.of(r, name(level, r, lookup))).toList();
      levels.add(new Level(level.id(), lines));
    }
    model.addAttribute("levels", levels);
    model.addAttribute("themes", results.themes());
    model.addAttribute("seesAudits", !user.getRole().equals(Roles.BOARD_MEMBER));
    model.addAttribute(
        "breadcrumbs",
        user.getRole().equals(Roles.BOARD_MEMBER)
            ? List.of()
            : List.of(Breadcrumb.message("audits.title", "/audits")));
    return "audits/results";
  }

  @GetMapping(path = "/audits/results", params = "format")
  ResponseEntity<byte[]> download(
      @RequestParam String format, @AuthenticationPrincipal OpenCscUser user) {
    boolean childIds = !user.getRole().equals(Roles.BOARD_MEMBER);
    Names.Lookup lookup = names.lookup();
    DownloadTable table =
        new DownloadTable(text("audit-results.export")).integer(text("audits.audit"));
    if (childIds) {
      table.text(text("audits.child"));
    }
    table
        .text(text("audit-results.worker-id"))
        .text(text("audits.worker"))
        .text(text("audit.team"))
        .text(text("audit.service-area"))
        .text(text("audit-results.template"))
        .integer(text("audit-template.version"))
        .text(text("audits.auditor"))
        .text(text("audits.state"))
        .date(text("audits.due"))
        .date(text("audit-results.submitted"))
        .text(text("audit-results.quarter"))
        .text(text("audit.overall"))
        .text(text("audit.moderated"))
        .text(text("audit-results.final"))
        .text(text("audit.themes"));
    if (childIds) {
      table.text(text("audit.strengths")).text(text("audit.areas"));
    }
    long withChild = 0;
    for (AuditSummary audit : audits.gradedAudits(user)) {
      LocalDate submitted =
          audit.submittedAt() == null
              ? null
              : audit.submittedAt().atZoneSameInstant(UK).toLocalDate();
      List<@Nullable Object> row = new ArrayList<>();
      row.add(audit.auditId());
      boolean shown = childIds && audit.visible();
      if (childIds) {
        row.add(shown ? audit.childId() : null);
      }
      row.add(audit.workerId());
      row.add(lookup.worker(audit.workerId()));
      row.add(lookup.team(audit.teamId()));
      row.add(lookup.serviceArea(audit.serviceAreaId()));
      row.add(audit.templateName());
      row.add(audit.version());
      row.add(lookup.login(audit.auditor()));
      row.add(text("audit.state." + audit.state()));
      row.add(audit.dueDate());
      row.add(submitted);
      row.add(submitted == null ? null : quarter(Line.quarterStart(submitted)));
      row.add(grade(audit.overallGrade()));
      row.add(grade(audit.moderatedGrade()));
      row.add(grade(audit.finalGrade()));
      row.add(audit.themes());
      if (childIds) {
        row.add(shown ? audit.strengths() : null);
        row.add(shown ? audit.areasToImprove() : null);
      }
      if (shown) {
        withChild++;
      }
      table.row(row.toArray());
    }
    ResponseEntity<byte[]> response = Downloads.of(format, table, "opencsc-audit-results");
    if (withChild > 0) {
      accessLog.exported(EXPORT, withChild);
    }
    return response;
  }

  private String name(AuditResults.Level level, ResultRow row, Names.Lookup lookup) {
    if (row.unitId().isEmpty()) {
      return text("audit-results.not-recorded");
    }
    return switch (level) {
      case COUNCIL -> text("audit-results.council");
      case SERVICE_AREA -> lookup.serviceArea(row.unitId());
      case TEAM -> lookup.team(row.unitId());
      case WORKER -> lookup.worker(row.unitId());
    };
  }

  private @Nullable String grade(@Nullable String id) {
    return Grade.of(id).map(g -> text("audit.grade." + g.id())).orElse(null);
  }

  private String quarter(LocalDate start) {
    return messages.getMessage(
        "audit-results.quarter." + Line.quarterOf(start),
        new Object[] {String.valueOf(start.getYear())},
        LocaleContextHolder.getLocale());
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** One level's lines (council, service-area, team, worker). */
  record Level(String id, List<Line> lines) {}

  /** A unit's grades in one quarter, with the unit's name. */
  record Line(
      String unitName,
      LocalDate quarter,
      int quarterNo,
      long audits,
      long outstanding,
      long good,
      long requiresImprovement,
      long inadequate,
      @Nullable Double goodOrBetter) {

    static Line of(ResultRow row, String unitName) {
      return new Line(
          unitName,
          row.quarter(),
          quarterOf(row.quarter()),
          row.audits(),
          row.outstanding(),
          row.good(),
          row.requiresImprovement(),
          row.inadequate(),
          row.goodOrBetter());
    }

    static int quarterOf(LocalDate date) {
      return (date.getMonthValue() - 1) / 3 + 1;
    }

    static LocalDate quarterStart(LocalDate date) {
      return LocalDate.of(date.getYear(), (quarterOf(date) - 1) * 3 + 1, 1);
    }
  }
}
