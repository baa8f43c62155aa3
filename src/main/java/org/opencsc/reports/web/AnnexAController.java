package org.opencsc.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.AnnexAExport;
import org.opencsc.reports.AnnexAExporter;
import org.opencsc.reports.AnnexAPeriod;
import org.opencsc.reports.internal.AnnexASheet;
import org.opencsc.security.AccessLog;
import org.opencsc.security.Roles;
import org.opencsc.web.Downloads;
import org.opencsc.web.ErrorItem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ofsted's Annex A workbook for an inspection ({@code /reports/annex-a}): the page says what the
 * workbook holds and asks for the as-at date and the period's start (defaults: the served
 * snapshot's date and the six months to it); the download streams the workbook as it is written and
 * records in the access log that the lists were exported, with their rows. Every child of the
 * council is in it, so it is for the roles that see every child — the Director, performance
 * analysts and administrators; everyone else is refused (403).
 */
@Controller
@PreAuthorize(
    "hasAnyRole('"
        + Roles.DIRECTOR
        + "', '"
        + Roles.PERFORMANCE_ANALYST
        + "', '"
        + Roles.ADMINISTRATOR
        + "')")
class AnnexAController {

  /** What the access log calls the download. */
  static final String LIST = "Ofsted Annex A";

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final CouncilStructureService council;
  private final AnnexAExporter exporter;
  private final AccessLog accessLog;

  AnnexAController(CouncilStructureService council, AnnexAExporter exporter, AccessLog accessLog) {
    this.council = council;
    this.exporter = exporter;
    this.accessLog = accessLog;
  }

  @GetMapping("/reports/annex-a")
  String page(Model model) {
    ServedSnapshot snapshot = council.servedSnapshot().orElse(null);
    if (snapshot == null) {
      return page(model, null, "", "", Map.of());
    }
    AnnexAPeriod period = AnnexAPeriod.of(snapshot, null, null);
    return page(model, snapshot, period.asAt().toString(), period.from().toString(), Map.of());
  }

  /**
   * The workbook for the dates asked for, written straight to the response; the page again with the
   * errors when the dates cannot make one (then nothing is downloaded and nothing logged).
   */
  @GetMapping("/reports/annex-a/download")
  @Nullable String download(
      @RequestParam(defaultValue = "") String asAt,
      @RequestParam(defaultValue = "") String from,
      Model model,
      HttpServletResponse response)
      throws IOException {
    ServedSnapshot snapshot = council.servedSnapshot().orElse(null);
    if (snapshot == null) {
      return page(model, null, asAt, from, Map.of());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate end = date(asAt, "asAt", errors);
    LocalDate start = date(from, "from", errors);
    if (errors.isEmpty()) {
      for (AnnexAPeriod.Problem problem : AnnexAPeriod.problems(snapshot, end, start)) {
        errors.put(problem.field(), "annex-a.error." + key(problem));
      }
    }
    if (!errors.isEmpty()) {
      return page(model, snapshot, asAt, from, errors);
    }
    AnnexAPeriod period = AnnexAPeriod.of(snapshot, end, start);
    response.setContentType(Downloads.XLSX.toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("annex-a-" + period.asAt() + ".xlsx", StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    OutputStream out = response.getOutputStream();
    AnnexAExport export = exporter.write(snapshot, period, out);
    out.flush();
    accessLog.exported(LIST, export.rows());
    return null;
  }

  private String page(
      Model model,
      @Nullable ServedSnapshot snapshot,
      String asAt,
      String from,
      Map<String, String> errors) {
    List<ErrorItem> summary = new ArrayList<>();
    errors.forEach((field, key) -> summary.add(new ErrorItem(key, "#" + field)));
    model.addAttribute("snapshot", snapshot);
    model.addAttribute("asAt", asAt);
    model.addAttribute("from", from);
    model.addAttribute("errors", summary);
    model.addAttribute("fieldErrors", errors);
    model.addAttribute("lists", List.of(AnnexASheet.values()));
    return "reports/annex-a";
  }

  /** The date typed (yyyy-mm-dd), null when blank (the default) or, with an error, when wrong. */
  private static @Nullable LocalDate date(String typed, String field, Map<String, String> errors) {
    String text = typed.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text, ISO);
    } catch (DateTimeParseException e) {
      errors.put(field, "annex-a.error." + field + ".date");
      return null;
    }
  }

  /** {@code AS_AT_AFTER_SNAPSHOT} → {@code as-at-after-snapshot}. */
  private static String key(AnnexAPeriod.Problem problem) {
    return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
