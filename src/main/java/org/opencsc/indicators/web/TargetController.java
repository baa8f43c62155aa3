package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.indicators.Target;
import org.opencsc.indicators.TargetChange;
import org.opencsc.indicators.TargetProblem;
import org.opencsc.security.Roles;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.ErrorItem;
import org.opencsc.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's targets: every indicator with its target, amber tolerance, direction and unit
 * ({@code /indicators/targets}), and one indicator's form with the history of its target below it.
 * A change needs a reason; it is saved with the administrator's login in the same transaction as
 * its history row ({@link IndicatorTargets#set}).
 */
@Controller
@PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
class TargetController {

  /** A number as typed: digits, an optional point and up to four decimals, maybe negative. */
  /** A change's time in the history download: 2026-03-30 02:30:00, UK time. */
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,12}(\\.\\d{1,4})?$");

  private final IndicatorService indicators;
  private final IndicatorTargets targets;
  private final MessageSource messages;

  TargetController(IndicatorService indicators, IndicatorTargets targets, MessageSource messages) {
    this.indicators = indicators;
    this.targets = targets;
    this.messages = messages;
  }

  @GetMapping("/indicators/targets")
  String targets(Model model) {
    Map<String, Target> set = targets.targets();
    model.addAttribute(
        "rows",
        indicators.indicators().stream().map(i -> TargetPage.Row.of(i, set.get(i.id()))).toList());
    return "indicators/targets";
  }

  @GetMapping(path = "/indicators/targets", params = "format")
  ResponseEntity<byte[]> targetsDownload(@RequestParam String format) {
    Map<String, Target> set = targets.targets();
    DownloadTable table =
        new DownloadTable("Targets")
            .text("Indicator id")
            .text("Indicator")
            .text("Unit")
            .text("Which way is better")
            .decimal("Target")
            .decimal("Amber tolerance")
            .text("Last changed")
            .text("Changed by");
    for (var indicator : indicators.indicators()) {
      TargetPage.Row row = TargetPage.Row.of(indicator, set.get(indicator.id()));
      table.row(
          row.id(),
          row.title(),
          row.unit(),
          row.polarity(),
          row.target() == null ? null : new BigDecimal(row.target()),
          row.tolerance() == null ? null : new BigDecimal(row.tolerance()),
          row.changedAt() == null ? null : row.changedAt().toString(),
          row.changedBy());
    }
    return Downloads.of(format, table, "opencsc-targets");
  }

  @GetMapping("/indicators/targets/{id}")
  String target(@PathVariable String id, Model model) {
    Indicator indicator = find(id);
    TargetForm form =
        targets
            .target(id)
            .map(
                t ->
                    new TargetForm(
                        TargetPage.number(t.target()), TargetPage.number(t.amberTolerance()), ""))
            .orElse(TargetForm.empty());
    return form(indicator, form, Map.of(), model);
  }

  /**
   * The target page's history table, newest first, with the page's headings. The page writes a
   * change as "80 to 85"; the download has the value set, as a number (the value before is the one
   * on the row below), and the time in UK time as the page shows it.
   */
  @GetMapping(path = "/indicators/targets/{id}/history", params = "format")
  ResponseEntity<byte[]> historyDownload(@PathVariable String id, @RequestParam String format) {
    Indicator indicator = find(id);
    DownloadTable table =
        new DownloadTable(text("target.history"))
            .text(text("target.history.when"))
            .text(text("target.history.who"))
            .decimal(text("targets.target"))
            .decimal(text("targets.tolerance"))
            .text(text("target.reason"));
    for (TargetChange change : targets.history(indicator.id())) {
      table.row(
          TargetPage.local(change.changedAt()).format(WHEN),
          change.changedBy(),
          change.newTarget(),
          change.newAmberTolerance(),
          change.reason());
    }
    return Downloads.of(format, table, "opencsc-target-history-" + indicator.id());
  }

  @PostMapping("/indicators/targets/{id}")
  String save(
      @PathVariable String id,
      @ModelAttribute TargetForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    Indicator indicator = find(id);
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal target = number(form.target(), "target", false, errors);
    BigDecimal tolerance = number(form.tolerance(), "tolerance", true, errors);
    for (TargetProblem problem :
        IndicatorTargets.problems(
            indicator,
            target == null ? BigDecimal.ZERO : target,
            tolerance == null ? BigDecimal.ZERO : tolerance,
            form.reason())) {
      errors.putIfAbsent(problem.field(), "targets.error." + key(problem));
    }
    if (!errors.isEmpty() || target == null || tolerance == null) {
      return form(indicator, form, errors, model);
    }
    targets.set(id, target, tolerance, user.getName(), String.valueOf(form.reason()));
    redirect.addFlashAttribute("saved", indicator.title());
    return "redirect:/indicators/targets";
  }

  private String form(
      Indicator indicator, TargetForm form, Map<String, String> errors, Model model) {
    List<ErrorItem> summary = new ArrayList<>();
    for (String field : List.of("target", "tolerance", "reason")) {
      if (errors.containsKey(field)) {
        summary.add(new ErrorItem(errors.get(field), "#" + field));
      }
    }
    model.addAttribute("indicator", indicator);
    model.addAttribute("form", form);
    model.addAttribute("errors", summary);
    model.addAttribute("fieldErrors", errors);
    model.addAttribute("maxReason", IndicatorTargets.MAX_REASON_LENGTH);
    model.addAttribute(
        "history", targets.history(indicator.id()).stream().map(TargetPage.Change::of).toList());
    model.addAttribute("breadcrumbs", List.of(TargetPage.TARGETS));
    return "indicators/target";
  }

  /** The number typed in {@code field}, or null with its error recorded. */
  private static @Nullable BigDecimal number(
      @Nullable String typed, String field, boolean blankIsZero, Map<String, String> errors) {
    String text = typed == null ? "" : typed.strip().replace(",", "");
    if (text.isEmpty()) {
      if (blankIsZero) {
        return BigDecimal.ZERO;
      }
      errors.put(field, "targets.error." + field + ".missing");
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      errors.put(field, "targets.error." + field + ".number");
      return null;
    }
    return new BigDecimal(text);
  }

  /** {@code NEGATIVE_TARGET} → {@code negative-target}. */
  private static String key(TargetProblem problem) {
    return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private Indicator find(String id) {
    return indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator " + id));
  }
}
