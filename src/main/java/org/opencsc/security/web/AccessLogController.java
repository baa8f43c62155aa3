package org.opencsc.security.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.security.AccessEntry;
import org.opencsc.security.AccessLog;
import org.opencsc.security.AccessQuery;
import org.opencsc.security.Roles;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.ErrorItem;
import org.opencsc.web.Pagination;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access audit log for administrators: who viewed or downloaded which child or list, and who
 * was refused, newest first, searched by login, child, action and dates. A child id never goes into
 * a query string: the search form is posted and redirects to {@code
 * /admin/access-log/children/{id}}. Reading the log shows child ids, so each search is itself
 * logged.
 */
@Controller
@PreAuthorize("hasRole('" + Roles.ADMINISTRATOR + "')")
class AccessLogController {

  static final int PER_PAGE = 100;
  static final int MAX_DOWNLOAD = 100_000;

  private final AccessLog accessLog;

  AccessLogController(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  @GetMapping("/admin/access-log")
  Object everything(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) @Nullable String format,
      Model model) {
    return show(new AccessQuery(username, null, action, from, to), page, format, model);
  }

  @GetMapping("/admin/access-log/children/{childId}")
  Object ofChild(
      @PathVariable String childId,
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) @Nullable String format,
      Model model) {
    return show(new AccessQuery(username, childId, action, from, to), page, format, model);
  }

  /** The search form: posted so that a child id stays out of the address's query string. */
  @PostMapping("/admin/access-log")
  Object search(
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String childId,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      Model model) {
    List<ErrorItem> errors = new ArrayList<>();
    LocalDate fromDate = date(from, "from", errors);
    LocalDate toDate = date(to, "to", errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return show(AccessQuery.EVERYTHING, 1, null, model);
    }
    return "redirect:" + href(new AccessQuery(username, childId, action, fromDate, toDate));
  }

  private Object show(AccessQuery query, int page, @Nullable String format, Model model) {
    long total = accessLog.count(query);
    if (format != null) {
      List<AccessEntry> all = accessLog.search(query, 0, MAX_DOWNLOAD);
      accessLog.exported("access log", all.size());
      return Downloads.of(format, table(all), "opencsc-access-log");
    }
    Pagination pagination = Pagination.of(page, PER_PAGE, total, href(query));
    List<AccessEntry> entries = accessLog.search(query, pagination.offset(), PER_PAGE);
    accessLog.viewedList("access log", entries.size());
    model.addAttribute("query", query);
    model.addAttribute("entries", entries);
    model.addAttribute("pagination", pagination);
    model.addAttribute("href", href(query));
    model.addAttribute("actions", List.of("view", "export", "refused"));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.of());
    }
    return "security/access-log";
  }

  private static DownloadTable table(List<AccessEntry> entries) {
    DownloadTable table =
        new DownloadTable("Access log")
            .text("when (UTC)")
            .text("login")
            .text("role")
            .text("action")
            .text("child")
            .text("list")
            .integer("rows")
            .text("path");
    for (AccessEntry e : entries) {
      table.row(
          e.at().toString(),
          e.username(),
          e.role(),
          e.action(),
          e.childId(),
          e.list(),
          e.rowCount(),
          e.path());
    }
    return table;
  }

  /** The address of a search: the child in the path, the rest as query parameters. */
  static String href(AccessQuery query) {
    String path =
        query.childId() == null
            ? "/admin/access-log"
            : "/admin/access-log/children/"
                + URLEncoder.encode(query.childId(), StandardCharsets.UTF_8);
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    params.put("username", query.username());
    params.put("action", query.action());
    params.put("from", query.from());
    params.put("to", query.to());
    List<String> parts = new ArrayList<>();
    params.forEach(
        (name, value) -> {
          if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
          }
        });
    return parts.isEmpty() ? path : path + "?" + parts.stream().collect(Collectors.joining("&"));
  }

  private static @Nullable LocalDate date(
      @Nullable String text, String field, List<ErrorItem> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new ErrorItem("access-log.date-error", "#" + field));
      return null;
    }
  }
}
