package org.opencsc.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.Report;
import org.opencsc.reports.Reports;
import org.opencsc.reports.ScrutinyRequest;
import org.opencsc.security.Roles;
import org.opencsc.web.Downloads;
import org.opencsc.web.ErrorItem;
import org.opencsc.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The kept reports ({@code /reports}) and their downloads, for every login: a report holds figures
 * only. Making one by hand (a board pack, or a scrutiny report for a theme and period) is for those
 * who prepare the board's and the committees' papers: director, performance analyst, administrator.
 * The HTML copy is a download, not a page of the site: it carries its own styles, which the site's
 * Content-Security-Policy would refuse.
 */
@Controller
class ReportController {

  private static final String MAKERS =
      "hasAnyRole('"
          + Roles.DIRECTOR
          + "', '"
          + Roles.PERFORMANCE_ANALYST
          + "', '"
          + Roles.ADMINISTRATOR
          + "')";

  private final Reports reports;
  private final CouncilStructureService council;

  ReportController(Reports reports, CouncilStructureService council) {
    this.reports = reports;
    this.council = council;
  }

  @GetMapping("/reports")
  String archive(Model model) {
    Optional<ServedSnapshot> served = council.servedSnapshot();
    return page(
        served
            .map(s -> ScrutinyForm.startingAt(s.asAt()))
            .orElse(new ScrutinyForm(null, null, null, null)),
        Map.of(),
        model);
  }

  @PostMapping("/reports/board-pack")
  @PreAuthorize(MAKERS)
  String boardPack(Authentication user, RedirectAttributes redirect) {
    Optional<Report> made = reports.boardPack(user.getName());
    if (made.isEmpty()) {
      redirect.addFlashAttribute("noSnapshot", true);
    } else {
      redirect.addFlashAttribute("made", made.get());
    }
    return "redirect:/reports";
  }

  @PostMapping("/reports/scrutiny")
  @PreAuthorize(MAKERS)
  String scrutiny(
      @ModelAttribute ScrutinyForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    if (council.servedSnapshot().isEmpty()) {
      redirect.addFlashAttribute("noSnapshot", true);
      return "redirect:/reports";
    }
    ScrutinyRequest request = form.request();
    Map<String, String> problems = reports.problems(request);
    if (!problems.isEmpty()) {
      return page(form, problems, model);
    }
    redirect.addFlashAttribute("made", reports.scrutiny(request, user.getName()));
    return "redirect:/reports";
  }

  @GetMapping("/reports/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Report report = find(id);
    byte[] pdf = reports.pdf(id).orElseThrow(() -> notFound(id));
    return Downloads.attachment(MediaType.APPLICATION_PDF, report.fileName() + ".pdf", pdf);
  }

  @GetMapping("/reports/{id}/html")
  ResponseEntity<byte[]> html(@PathVariable long id) {
    Report report = find(id);
    String html = reports.html(id).orElseThrow(() -> notFound(id));
    return Downloads.attachment(
        new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
        report.fileName() + ".html",
        html.getBytes(StandardCharsets.UTF_8));
  }

  private String page(ScrutinyForm form, Map<String, String> problems, Model model) {
    model.addAttribute("reports", reports.archive());
    model.addAttribute("served", council.servedSnapshot().isPresent());
    model.addAttribute("themes", reports.themes());
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    List<ErrorItem> errors =
        problems.entrySet().stream()
            .map(e -> new ErrorItem(e.getValue(), "#" + e.getKey()))
            .toList();
    model.addAttribute("errors", errors);
    return "reports/reports";
  }

  private Report find(long id) {
    return reports.report(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("report " + id);
  }
}
