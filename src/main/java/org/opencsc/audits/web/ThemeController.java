package org.opencsc.audits.web;

import java.util.List;
import org.opencsc.audits.AuditService;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.ErrorItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of learning themes auditors tag audits with; the administrator adds to it. A theme is
 * never removed: audits tagged with it keep it, and results count it.
 */
@Controller
@PreAuthorize(AuditAccess.MAY_ADMINISTER)
class ThemeController {

  /** The longest theme name kept. */
  static final int MAX_NAME = 100;

  private final AuditService audits;

  ThemeController(AuditService audits) {
    this.audits = audits;
  }

  @GetMapping("/audits/themes")
  String themes(Model model) {
    return page("", List.of(), model);
  }

  @PostMapping("/audits/themes")
  String add(
      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
    String error = null;
    if (name.isBlank()) {
      error = "audit-themes.error.missing";
    } else if (name.strip().length() > MAX_NAME) {
      error = "audit-themes.error.long";
    } else if (!audits.addTheme(name)) {
      error = "audit-themes.error.taken";
    }
    if (error != null) {
      return page(name, List.of(new ErrorItem(error, "#name")), model);
    }
    redirect.addFlashAttribute("added", name.strip());
    return "redirect:/audits/themes";
  }

  private String page(String name, List<ErrorItem> errors, Model model) {
    model.addAttribute("themes", audits.themes());
    model.addAttribute("name", name);
    model.addAttribute("errors", errors);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.message("audits.title", "/audits")));
    return "audits/themes";
  }
}
