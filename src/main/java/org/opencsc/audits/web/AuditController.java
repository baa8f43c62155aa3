package org.opencsc.audits.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.Assignment;
import org.opencsc.audits.Audit;
import org.opencsc.audits.AuditConflict;
import org.opencsc.audits.AuditService;
import org.opencsc.audits.AuditState;
import org.opencsc.audits.AuditSummary;
import org.opencsc.audits.AuditTemplates;
import org.opencsc.audits.Grade;
import org.opencsc.security.AccessLog;
import org.opencsc.security.OpenCscUser;
import org.opencsc.web.Breadcrumb;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case audits: the list of those the login may open ({@code /audits}), assigning one ({@code
 * /audits/new}), and one audit ({@code /audits/{id}}) with the form its auditor completes, the
 * moderation form and the close button, each shown only to whom {@link AuditService} allows.
 */
@Controller
@PreAuthorize(AuditAccess.MAY_SEE_AUDITS)
class AuditController {

  static final String LIST = "case audits";

  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

  private final AuditService audits;
  private final AuditTemplates templates;
  private final AccessLog accessLog;
  private final Names names;

  AuditController(AuditService audits, AuditTemplates templates, AccessLog accessLog, Names names) {
    this.audits = audits;
    this.templates = templates;
    this.accessLog = accessLog;
    this.names = names;
  }

  @GetMapping("/audits")
  String list(@AuthenticationPrincipal OpenCscUser user, Model model) {
    List<AuditSummary> visible = audits.visibleAudits(user);
    accessLog.viewedList(LIST, visible.size());
    Names.Lookup lookup = names.lookup();
    model.addAttribute("rows", visible.stream().map(a -> AuditRow.of(a, lookup)).toList());
    model.addAttribute("mayAssign", AuditService.mayAssign(user));
    return "audits/audits";
  }

  @GetMapping("/audits/new")
  @PreAuthorize(AuditAccess.MAY_ASSIGN)
  String assignForm(Model model) {
    return assignPage(new AssignForm("", "", "", "", ""), Map.of(), model);
  }

  @PostMapping("/audits")
  @PreAuthorize(AuditAccess.MAY_ASSIGN)
  String assign(
      AssignForm form,
      @AuthenticationPrincipal OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = new LinkedHashMap<>();
    Long templateId = null;
    try {
      templateId = Long.parseLong(form.template());
    } catch (NumberFormatException e) {
      errors.put("template", "missing");
    }
    if (form.child().isBlank()) {
      errors.put("child", "missing");
    }
    if (form.auditor().isBlank()) {
      errors.put("auditor", "missing");
    }
    LocalDate due = null;
    try {
      due = LocalDate.parse(form.due().strip());
    } catch (DateTimeParseException e) {
      errors.put("due", form.due().isBlank() ? "missing" : "date");
    }
    if (errors.isEmpty() && templateId != null && due != null) {
      Assignment assignment =
          new Assignment(
              templateId,
              form.child().strip(),
              form.worker().isBlank() ? null : form.worker().strip(),
              form.auditor(),
              due);
      audits.problems(assignment, user).forEach(errors::putIfAbsent);
      if (errors.isEmpty()) {
        long auditId = audits.assign(assignment, user);
        redirect.addFlashAttribute("assigned", auditId);
        return "redirect:/audits/" + auditId;
      }
    }
    return assignPage(form, errors, model);
  }

  private String assignPage(AssignForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("templates", templates.templates());
    model.addAttribute("auditors", audits.auditors());
    model.addAttribute("fieldErrors", errors);
    model.addAttribute("errors", errorItems(errors));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.message("audits.title", "/audits")));
    return "audits/assign";
  }

  private static List<org.opencsc.web.ErrorItem> errorItems(Map<String, String> errors) {
    List<org.opencsc.web.ErrorItem> items = new ArrayList<>();
    errors.forEach(
        (field, code) ->
            items.add(
                new org.opencsc.web.ErrorItem(
                    "audit.assign.error." + field + "." + code, "#" + field)));
    return items;
  }

  @GetMapping("/audits/{auditId:\\d{1,18}}")
  String audit(@PathVariable long auditId, @AuthenticationPrincipal OpenCscUser user, Model model) {
    Audit audit = audits.open(auditId, user);
    return auditPage(audit, AuditForm.of(audit), List.of(), user, model);
  }

  @PostMapping("/audits/{auditId:\\d{1,18}}")
  String save(
      @PathVariable long auditId,
      @RequestParam MultiValueMap<String, String> posted,
      @AuthenticationPrincipal OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    Audit audit = audits.open(auditId, user);
    if (!audit.auditor().equals(user.getUsername())) {
      throw new AccessDeniedException("only the auditor completes an audit");
    }
    if (!audit.state().open()) {
      throw new AuditConflict("audit " + auditId + " is " + audit.state().id());
    }
    AuditForm form = AuditForm.of(audit.template(), posted);
    boolean submit = "submit".equals(posted.getFirst("action"));
    List<AuditError> errors = new ArrayList<>();
    form.tooLong()
        .forEach(
            field ->
                errors.add(new AuditError(field, "audit.error.too-long", AuditService.MAX_TEXT)));
    if (submit) {
      for (String key : form.completion().missing(audit.template())) {
        errors.add(missing(audit, key));
      }
    }
    if (!errors.isEmpty()) {
      return auditPage(audit, form, errors, user, model);
    }
    audits.save(auditId, form.completion(), submit, user);
    redirect.addFlashAttribute("saved", submit ? "submitted" : "draft");
    return "redirect:/audits/" + auditId;
  }

  @PostMapping("/audits/{auditId:\\d{1,18}}/moderation")
  String moderate(
      @PathVariable long auditId,
      @RequestParam(defaultValue = "") String grade,
      @RequestParam(defaultValue = "") String reason,
      @AuthenticationPrincipal OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    Audit audit = audits.open(auditId, user);
    if (audit.state() != AuditState.SUBMITTED) {
      throw new AuditConflict("audit " + auditId + " is " + audit.state().id());
    }
    if (!audits.mayModerate(audit, user)) {
      throw new AccessDeniedException("not a moderator of this audit");
    }
    Grade moderated = Grade.of(grade).orElse(null);
    List<AuditError> errors = new ArrayList<>();
    if (moderated == null) {
      errors.add(new AuditError("moderated-grade", "audit.error.moderated-grade", null));
    } else if (moderated != audit.overallGrade() && reason.isBlank()) {
      errors.add(new AuditError("moderation-reason", "audit.error.moderation-reason", null));
    }
    if (reason.length() > AuditService.MAX_TEXT) {
      errors.add(
          new AuditError("moderation-reason", "audit.error.too-long", AuditService.MAX_TEXT));
    }
    if (!errors.isEmpty() || moderated == null) {
      model.addAttribute("moderation", new Moderation(grade, reason));
      return auditPage(audit, AuditForm.of(audit), errors, user, model);
    }
    audits.moderate(auditId, moderated, reason, user);
    redirect.addFlashAttribute("saved", "moderated");
    return "redirect:/audits/" + auditId;
  }

  @PostMapping("/audits/{auditId:\\d{1,18}}/close")
  String close(
      @PathVariable long auditId,
      @AuthenticationPrincipal OpenCscUser user,
      RedirectAttributes redirect) {
    audits.open(auditId, user);
    audits.close(auditId, user);
    redirect.addFlashAttribute("saved", "closed");
    return "redirect:/audits/" + auditId;
  }

  /** The error for a question left unanswered ("2.1") or for no overall grade ("overall"). */
  private static AuditError missing(Audit audit, String key) {
    if (key.equals("overall")) {
      return new AuditError("overall", "audit.error.overall", null);
    }
    String field = key.replace('.', '-');
    boolean graded =
        audit.template().sections().stream()
            .filter(s -> key.startsWith(s.no() + "."))
            .flatMap(s -> s.questions().stream().filter(q -> key.equals(s.no() + "." + q.no())))
            .anyMatch(q -> q.kind() == org.opencsc.audits.QuestionKind.GRADED);
    return new AuditError(
        (graded ? "grade-" : "text-") + field,
        graded ? "audit.error.grade" : "audit.error.text",
        key);
  }

  private String auditPage(
      Audit audit, AuditForm form, List<AuditError> errors, OpenCscUser user, Model model) {
    Names.Lookup lookup = names.lookup();
    model.addAttribute("audit", audit);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    Map<String, AuditError> byField = new LinkedHashMap<>();
    errors.forEach(e -> byField.putIfAbsent(e.field(), e));
    model.addAttribute("fieldErrors", byField);
    model.addAttribute("maxText", AuditService.MAX_TEXT);
    model.addAttribute("workerName", lookup.worker(audit.workerId()));
    model.addAttribute("teamName", lookup.team(audit.teamId()));
    model.addAttribute("serviceAreaName", lookup.serviceArea(audit.serviceAreaId()));
    model.addAttribute("auditorName", lookup.login(audit.auditor()));
    model.addAttribute(
        "moderatorName", audit.moderator() == null ? "" : lookup.login(audit.moderator()));
    model.addAttribute("grades", Grade.values());
    model.addAttribute(
        "transitions",
        audit.transitions().stream()
            .map(
                t ->
                    new TransitionRow(
                        java.time.LocalDateTime.ofInstant(t.at(), UK),
                        t.to().id(),
                        lookup.login(t.by())))
            .toList());
    model.addAttribute("themes", audits.themes());
    model.addAttribute("mayComplete", AuditService.mayComplete(audit, user));
    model.addAttribute("mayModerate", audits.mayModerate(audit, user));
    model.addAttribute("mayClose", audits.mayClose(audit, user));
    if (!model.containsAttribute("moderation")) {
      model.addAttribute(
          "moderation",
          new Moderation(audit.overallGrade() == null ? "" : audit.overallGrade().id(), ""));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.message("audits.title", "/audits")));
    return "audits/audit";
  }

  /** What the assign form sends, as typed. */
  record AssignForm(String template, String child, String worker, String auditor, String due) {
    AssignForm {
      template = orEmpty(template);
      child = orEmpty(child);
      worker = orEmpty(worker);
      auditor = orEmpty(auditor);
      due = orEmpty(due);
    }

    private static String orEmpty(@Nullable String value) {
      return value == null ? "" : value;
    }
  }

  /** A line of the audit's history, in UK time. */
  record TransitionRow(java.time.LocalDateTime at, String to, String by) {}

  /** The moderation form as typed. */
  record Moderation(String grade, String reason) {}

  /**
   * One error of the audit form: the id of the field it is about (the first radio of a group has
   * the group's id), its message key and the message's one argument (null for none).
   */
  record AuditError(String field, String messageKey, @Nullable Object arg) {}
}
