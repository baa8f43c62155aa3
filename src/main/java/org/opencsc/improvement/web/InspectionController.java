package org.opencsc.improvement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ActionFilter;
import org.opencsc.improvement.Finding;
import org.opencsc.improvement.FindingKind;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.Inspection;
import org.opencsc.improvement.InspectionDraft;
import org.opencsc.improvement.InspectionKind;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Judgement;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of inspections and visits ({@code /improvement/inspections}), one inspection with
 * its findings, and the forms that add and change them (administrators, directors, performance
 * analysts). Everyone signed in reads it, board members included: it holds no child's data.
 */
@Controller
@PreAuthorize(Access.READ)
class InspectionController {

  static final Breadcrumb INSPECTIONS =
      Breadcrumb.message("improvement.inspections.title", "/improvement/inspections");

  /** An https address with no space in it. */
  private static final Pattern HTTPS = Pattern.compile("^https://[^\\s]+$");

  private final Inspections inspections;
  private final ImprovementPlan plan;
  private final ImprovementPages pages;

  InspectionController(Inspections inspections, ImprovementPlan plan, ImprovementPages pages) {
    this.inspections = inspections;
    this.plan = plan;
    this.pages = pages;
  }

  @GetMapping("/improvement/inspections")
  String list(Model model) {
    model.addAttribute("inspections", inspections.inspections());
    model.addAttribute("breadcrumbs", List.of(ImprovementPages.PLAN));
    return "improvement/inspections";
  }

  @GetMapping("/improvement/inspections/{id:\\d{1,18}}")
  String inspection(@PathVariable long id, Model model) {
    Inspection inspection = find(id);
    List<Finding> findings = inspections.findings(id);
    Map<Long, Long> answering =
        plan.actions(ActionFilter.ALL, pages.today()).stream()
            .flatMap(a -> a.findingIds().stream())
            .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    model.addAttribute("inspection", inspection);
    model.addAttribute("inspectionName", pages.name(inspection));
    model.addAttribute(
        "findings",
        findings.stream()
            .map(
                f ->
                    new ImprovementPages.FindingRow(
                        f, answering.getOrDefault(f.findingId(), 0L).intValue()))
            .toList());
    model.addAttribute("findingForm", FindingForm.empty());
    model.addAttribute("findingKinds", FindingKind.values());
    model.addAttribute("breadcrumbs", List.of(ImprovementPages.PLAN, INSPECTIONS));
    FormErrors.none(model);
    return "improvement/inspection";
  }

  @GetMapping("/improvement/inspections/new")
  @PreAuthorize(Access.RECORD)
  String newInspection(Model model) {
    FormErrors.none(model);
    return form(null, InspectionForm.empty(), model);
  }

  @PostMapping("/improvement/inspections")
  @PreAuthorize(Access.RECORD)
  String add(
      @ModelAttribute InspectionForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = new FormErrors();
    InspectionDraft draft = draft(form, errors);
    if (draft == null) {
      errors.show(model);
      return form(null, form, model);
    }
    long id = inspections.add(draft, user.getName());
    redirect.addFlashAttribute("saved", "improvement.inspection.added");
    return "redirect:/improvement/inspections/" + id;
  }

  @GetMapping("/improvement/inspections/{id:\\d{1,18}}/edit")
  @PreAuthorize(Access.RECORD)
  String edit(@PathVariable long id, Model model) {
    Inspection inspection = find(id);
    FormErrors.none(model);
    return form(inspection, InspectionForm.of(inspection), model);
  }

  @PostMapping("/improvement/inspections/{id:\\d{1,18}}")
  @PreAuthorize(Access.RECORD)
  String change(
      @PathVariable long id,
      @ModelAttribute InspectionForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    Inspection inspection = find(id);
    FormErrors errors = new FormErrors();
    InspectionDraft draft = draft(form, errors);
    if (draft == null) {
      errors.show(model);
      return form(inspection, form, model);
    }
    inspections.change(id, draft, user.getName());
    redirect.addFlashAttribute("saved", "improvement.inspection.changed");
    return "redirect:/improvement/inspections/" + id;
  }

  @PostMapping("/improvement/inspections/{id:\\d{1,18}}/findings")
  @PreAuthorize(Access.RECORD)
  String addFinding(
      @PathVariable long id,
      @ModelAttribute FindingForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    Inspection inspection = find(id);
    FormErrors errors = new FormErrors();
    FindingKind kind = findingKind(form, errors);
    String text = errors.text(form.text(), "text", 4000, true);
    if (kind == null || errors.any()) {
      inspection(id, model);
      model.addAttribute("findingForm", form);
      errors.show(model);
      return "improvement/inspection";
    }
    inspections.addFinding(inspection.inspectionId(), kind, text, user.getName());
    redirect.addFlashAttribute("saved", "improvement.finding.added");
    return "redirect:/improvement/inspections/" + id + "#findings";
  }

  @GetMapping("/improvement/findings/{id:\\d{1,18}}/edit")
  @PreAuthorize(Access.RECORD)
  String editFinding(@PathVariable long id, Model model) {
    Finding finding = findFinding(id);
    FormErrors.none(model);
    return findingForm(finding, new FindingForm(finding.kind().id(), finding.text()), model);
  }

  @PostMapping("/improvement/findings/{id:\\d{1,18}}")
  @PreAuthorize(Access.RECORD)
  String changeFinding(
      @PathVariable long id,
      @ModelAttribute FindingForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    Finding finding = findFinding(id);
    FormErrors errors = new FormErrors();
    FindingKind kind = findingKind(form, errors);
    String text = errors.text(form.text(), "text", 4000, true);
    if (kind == null || errors.any()) {
      errors.show(model);
      return findingForm(finding, form, model);
    }
    inspections.changeFinding(id, kind, text, user.getName());
    redirect.addFlashAttribute("saved", "improvement.finding.changed");
    return "redirect:/improvement/inspections/" + finding.inspectionId() + "#findings";
  }

  private String form(@Nullable Inspection inspection, InspectionForm form, Model model) {
    model.addAttribute("inspection", inspection);
    model.addAttribute("form", form);
    model.addAttribute("kinds", InspectionKind.values());
    model.addAttribute("judgements", Judgement.values());
    model.addAttribute(
        "breadcrumbs",
        inspection == null
            ? List.of(ImprovementPages.PLAN, INSPECTIONS)
            : List.of(
                ImprovementPages.PLAN,
                INSPECTIONS,
                Breadcrumb.text(
                    pages.name(inspection),
                    "/improvement/inspections/" + inspection.inspectionId())));
    return "improvement/inspection-form";
  }

  private String findingForm(Finding finding, FindingForm form, Model model) {
    Inspection inspection = find(finding.inspectionId());
    model.addAttribute("finding", finding);
    model.addAttribute("inspection", inspection);
    model.addAttribute("findingForm", form);
    model.addAttribute("findingKinds", FindingKind.values());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            ImprovementPages.PLAN,
            INSPECTIONS,
            Breadcrumb.text(
                pages.name(inspection), "/improvement/inspections/" + inspection.inspectionId())));
    return "improvement/finding-form";
  }

  /** The draft the form describes, or null with its errors recorded. */
  private static @Nullable InspectionDraft draft(InspectionForm form, FormErrors errors) {
    InspectionKind kind = null;
    if (form.kind() == null || form.kind().isBlank()) {
      errors.add("kind", "improvement.error.kind.missing");
    } else {
      kind = known(InspectionKind.values(), form.kind()) ? InspectionKind.of(form.kind()) : null;
      if (kind == null) {
        errors.add("kind", "improvement.error.kind.missing");
      }
    }
    var inspectedOn = errors.date(form.inspectedOn(), "inspectedOn");
    String theme = errors.text(form.theme(), "theme", 300, false);
    Judgement judgement = null;
    if (form.judgement() != null && !form.judgement().isBlank()) {
      if (!known(Judgement.values(), form.judgement())) {
        errors.add("judgement", "improvement.error.judgement.unknown");
      } else if (kind != null && kind != InspectionKind.ILACS) {
        errors.add("judgement", "improvement.error.judgement.not-ilacs");
      } else {
        judgement = Judgement.of(form.judgement());
      }
    }
    String url = errors.text(form.letterUrl(), "letterUrl", 1000, false);
    if (!url.isEmpty() && !HTTPS.matcher(url).matches()) {
      errors.add("letterUrl", "improvement.error.letterUrl.https");
    }
    if (errors.any() || kind == null || inspectedOn == null) {
      return null;
    }
    return new InspectionDraft(kind, inspectedOn, theme, judgement, url.isEmpty() ? null : url);
  }

  private static @Nullable FindingKind findingKind(FindingForm form, FormErrors errors) {
    if (form.kind() == null || !known(FindingKind.values(), form.kind())) {
      errors.add("kind", "improvement.error.finding-kind.missing");
      return null;
    }
    return FindingKind.of(form.kind());
  }

  /** Whether {@code id} is the id of one of {@code values}. */
  static boolean known(Enum<?>[] values, String id) {
    return Arrays.stream(values).anyMatch(v -> v.name().toLowerCase(Locale.ROOT).equals(id));
  }

  private Inspection find(long id) {
    return inspections.inspection(id).orElseThrow(() -> new NotFoundException("inspection " + id));
  }

  private Finding findFinding(long id) {
    return inspections.finding(id).orElseThrow(() -> new NotFoundException("finding " + id));
  }
}
