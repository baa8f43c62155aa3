package org.opencsc.audits.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditTemplates;
import org.opencsc.audits.TemplateText;
import org.opencsc.audits.TemplateVersion;
import org.opencsc.security.OpenCscUser;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's audit templates: the list, one template's newest version with every version
 * before it (each readable), and the editor, whose every save is the template's next version
 * ({@link AuditTemplates#save}); the questions are edited as {@link TemplateText}.
 */
@Controller
@PreAuthorize(AuditAccess.MAY_ADMINISTER)
class TemplateController {

  private static final List<Breadcrumb> CRUMBS =
      List.of(
          Breadcrumb.message("audits.title", "/audits"),
          Breadcrumb.message("audits.templates", "/audits/templates"));

  private final AuditTemplates templates;

  TemplateController(AuditTemplates templates) {
    this.templates = templates;
  }

  @GetMapping("/audits/templates")
  String list(Model model) {
    model.addAttribute("templates", templates.templates());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.message("audits.title", "/audits")));
    return "audits/templates";
  }

  @GetMapping("/audits/templates/{templateId:\\d{1,18}}")
  String latest(@PathVariable long templateId, Model model) {
    TemplateVersion version =
        templates.latest(templateId).orElseThrow(() -> new NotFoundException("template"));
    return show(version, model);
  }

  @GetMapping("/audits/templates/{templateId:\\d{1,18}}/versions/{version:\\d{1,9}}")
  String version(@PathVariable long templateId, @PathVariable int version, Model model) {
    return show(
        templates
            .version(templateId, version)
            .orElseThrow(() -> new NotFoundException("template version")),
        model);
  }

  private String show(TemplateVersion version, Model model) {
    model.addAttribute("template", version);
    model.addAttribute("versions", templates.versions(version.templateId()));
    model.addAttribute("breadcrumbs", CRUMBS);
    return "audits/template";
  }

  @GetMapping("/audits/templates/new")
  String newForm(Model model) {
    return form(null, "", "", List.of(), model);
  }

  @GetMapping("/audits/templates/{templateId:\\d{1,18}}/edit")
  String editForm(@PathVariable long templateId, Model model) {
    TemplateVersion latest =
        templates.latest(templateId).orElseThrow(() -> new NotFoundException("template"));
    return form(latest, latest.name(), TemplateText.format(latest.sections()), List.of(), model);
  }

  @PostMapping("/audits/templates")
  String create(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String questions,
      @AuthenticationPrincipal OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    boolean taken =
        templates.templates().stream().anyMatch(t -> t.name().equalsIgnoreCase(name.strip()));
    return save(null, name, questions, taken, user, model, redirect);
  }

  @PostMapping("/audits/templates/{templateId:\\d{1,18}}")
  String update(
      @PathVariable long templateId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String questions,
      @AuthenticationPrincipal OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    TemplateVersion latest =
        templates.latest(templateId).orElseThrow(() -> new NotFoundException("template"));
    boolean taken =
        templates.templates().stream()
            .anyMatch(t -> t.templateId() != templateId && t.name().equalsIgnoreCase(name.strip()));
    return save(latest, name, questions, taken, user, model, redirect);
  }

  private String save(
      @Nullable TemplateVersion latest,
      String name,
      String questions,
      boolean nameTaken,
      OpenCscUser user,
      Model model,
      RedirectAttributes redirect) {
    List<TemplateError> errors = new ArrayList<>();
    if (name.isBlank()) {
      errors.add(new TemplateError("name", "audit-template.error.name", null));
    } else if (name.strip().length() > AuditTemplates.MAX_NAME) {
      errors.add(
          new TemplateError("name", "audit-template.error.name-long", AuditTemplates.MAX_NAME));
    } else if (nameTaken) {
      errors.add(new TemplateError("name", "audit-template.error.name-taken", null));
    }
    TemplateText.Parsed parsed = TemplateText.parse(questions);
    for (TemplateText.Problem problem : parsed.problems()) {
      errors.add(
          new TemplateError("questions", "audit-template.error." + problem.code(), problem.line()));
    }
    if (!errors.isEmpty()) {
      return form(latest, name, questions, errors, model);
    }
    TemplateVersion saved =
        templates.save(
            latest == null ? null : latest.templateId(),
            name.strip(),
            parsed.sections(),
            user.getUsername());
    redirect.addFlashAttribute("savedVersion", saved.version());
    return "redirect:/audits/templates/" + saved.templateId();
  }

  private String form(
      @Nullable TemplateVersion latest,
      String name,
      String questions,
      List<TemplateError> errors,
      Model model) {
    model.addAttribute("latest", latest);
    model.addAttribute("name", name);
    model.addAttribute("questions", questions);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "nameError",
        errors.stream().filter(e -> e.field().equals("name")).findFirst().orElse(null));
    model.addAttribute(
        "questionErrors", errors.stream().filter(e -> e.field().equals("questions")).toList());
    model.addAttribute("maxLine", TemplateText.MAX_LINE);
    model.addAttribute("breadcrumbs", CRUMBS);
    return "audits/template-form";
  }

  /** An error of the template form: its field, message key and the message's argument. */
  record TemplateError(String field, String messageKey, @Nullable Object arg) {}
}
