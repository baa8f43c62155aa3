package org.opencsc.improvement.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ActionDraft;
import org.opencsc.improvement.ActionFilter;
import org.opencsc.improvement.ActionRag;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.Finding;
import org.opencsc.improvement.ImprovementAction;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Meetings;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccounts;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The improvement plan: every action with filters and its download ({@code /improvement/actions}),
 * one action with its findings, indicators, impact and history, and the forms that create actions
 * (administrators and directors, who assign the owner) and update them (the owner and
 * administrators only: anyone else is refused, 403). Everyone signed in reads the plan.
 */
@Controller
@PreAuthorize(Access.READ)
class ActionController {

  private final ImprovementPlan plan;
  private final Inspections inspections;
  private final Meetings meetings;
  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final UserAccounts accounts;
  private final CurrentUser currentUser;
  private final ImprovementPages pages;
  private final PlanDownload download;

  ActionController(
      ImprovementPlan plan,
      Inspections inspections,
      Meetings meetings,
      IndicatorService indicators,
      IndicatorHistory history,
      UserAccounts accounts,
      CurrentUser currentUser,
      ImprovementPages pages,
      PlanDownload download) {
    this.plan = plan;
    this.inspections = inspections;
    this.meetings = meetings;
    this.indicators = indicators;
    this.history = history;
    this.accounts = accounts;
    this.currentUser = currentUser;
    this.pages = pages;
    this.download = download;
  }

  @GetMapping("/improvement/actions")
  String list(
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String owner,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String overdue,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    ActionFilter filter = filter(status, owner, area, overdue, sort);
    LocalDate today = pages.today();
    Map<String, String> areas = pages.serviceAreas();
    List<ImprovementAction> all = plan.actions(ActionFilter.ALL, today);
    List<ActionRow> rows =
        plan.actions(filter, today).stream().map(a -> ActionRow.of(a, today, areas)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("today", today);
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", ActionStatus.values());
    model.addAttribute("owners", ownersOf(all));
    model.addAttribute("areas", areasOf(all, areas));
    model.addAttribute("query", query(filter, false));
    model.addAttribute("sortHref", "/improvement/actions" + query(filter, true));
    model.addAttribute("overdueCount", all.stream().filter(a -> a.overdue(today)).count());
    return "improvement/actions";
  }

  @GetMapping(path = "/improvement/actions", params = "format")
  ResponseEntity<byte[]> download(
      @RequestParam String format,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String owner,
      @RequestParam(required = false) @Nullable String area,
      @RequestParam(required = false) @Nullable String overdue,
      @RequestParam(required = false) @Nullable String sort) {
    LocalDate today = pages.today();
    List<ImprovementAction> actions =
        plan.actions(filter(status, owner, area, overdue, sort), today);
    return download.of(format, actions, today);
  }

  @GetMapping("/improvement/actions/{id:\\d{1,18}}")
  String action(@PathVariable long id, Model model) {
    ImprovementAction action = find(id);
    LocalDate today = pages.today();
    OpenCscUser user = currentUser.user().orElseThrow();
    model.addAttribute("row", ActionRow.of(action, today, pages.serviceAreas()));
    model.addAttribute("mayUpdate", ImprovementPlan.mayUpdate(action, user));
    model.addAttribute(
        "findings",
        action.findingIds().stream().map(inspections::finding).flatMap(Optional::stream).toList());
    model.addAttribute(
        "meeting",
        action.meetingId() == null ? null : meetings.meeting(action.meetingId()).orElse(null));
    List<Indicator> linked =
        action.indicators().stream().map(indicators::indicator).flatMap(Optional::stream).toList();
    model.addAttribute(
        "impacts",
        Impact.of(linked, history.councilTrends(action.indicators(), true), action.startDate()));
    model.addAttribute("history", plan.history(id));
    model.addAttribute("breadcrumbs", List.of(ImprovementPages.PLAN));
    return "improvement/action";
  }

  @GetMapping("/improvement/actions/new")
  @PreAuthorize(Access.PLAN)
  String newAction(@RequestParam(required = false) @Nullable Long meeting, Model model) {
    FormErrors.none(model);
    return form(null, ActionForm.raisedBy(meeting), model);
  }

  @PostMapping("/improvement/actions")
  @PreAuthorize(Access.PLAN)
  String create(@ModelAttribute ActionForm form, Model model, RedirectAttributes redirect) {
    FormErrors errors = new FormErrors();
    ActionDraft draft = draft(form, null, errors);
    if (draft == null) {
      errors.show(model);
      return form(null, form, model);
    }
    long id = plan.create(draft, currentUser.user().orElseThrow().getUsername());
    redirect.addFlashAttribute("saved", "improvement.action.created");
    return "redirect:/improvement/actions/" + id;
  }

  @GetMapping("/improvement/actions/{id:\\d{1,18}}/edit")
  String edit(@PathVariable long id, Model model) {
    ImprovementAction action = updatable(id);
    FormErrors.none(model);
    return form(action, ActionForm.of(action), model);
  }

  @PostMapping("/improvement/actions/{id:\\d{1,18}}")
  String update(
      @PathVariable long id,
      @ModelAttribute ActionForm form,
      Model model,
      RedirectAttributes redirect) {
    ImprovementAction action = updatable(id);
    OpenCscUser user = currentUser.user().orElseThrow();
    FormErrors errors = new FormErrors();
    ActionDraft draft = draft(form, action, errors);
    String note = errors.text(form.note(), "note", 4000, false);
    if (draft != null && !errors.any() && ActionDraft.of(action).equals(draft) && note.isEmpty()) {
      errors.add("note", "improvement.error.note.nothing");
    }
    if (draft == null || errors.any()) {
      errors.show(model);
      return form(action, form, model);
    }
    plan.update(id, draft, note, user);
    redirect.addFlashAttribute("saved", "improvement.action.updated");
    return "redirect:/improvement/actions/" + id;
  }

  private String form(@Nullable ImprovementAction action, ActionForm form, Model model) {
    OpenCscUser user = currentUser.user().orElseThrow();
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    model.addAttribute("mayAssign", action == null || Roles.ADMINISTRATOR.equals(user.getRole()));
    model.addAttribute("logins", accounts.logins());
    model.addAttribute("statuses", ActionStatus.values());
    model.addAttribute("rags", ActionRag.values());
    model.addAttribute("areas", withCurrent(pages.serviceAreas(), form.serviceArea()));
    model.addAttribute("meetings", meetings.meetings());
    model.addAttribute(
        "findingChoices",
        inspections.allFindings().stream()
            .map(f -> new Choice(String.valueOf(f.findingId()), findingLabel(f)))
            .toList());
    model.addAttribute("indicatorChoices", indicators.indicators());
    model.addAttribute("checkedFindings", Set.copyOf(form.findingList()));
    model.addAttribute("checkedIndicators", Set.copyOf(form.indicatorList()));
    List<Breadcrumb> crumbs = new ArrayList<>(List.of(ImprovementPages.PLAN));
    if (action != null) {
      crumbs.add(Breadcrumb.text(action.title(), "/improvement/actions/" + action.actionId()));
    }
    model.addAttribute("breadcrumbs", crumbs);
    return "improvement/action-form";
  }

  /** A checkbox's value and label. */
  record Choice(String value, String label) {}

  private String findingLabel(Finding f) {
    String text = f.text().length() > 140 ? f.text().substring(0, 139) + "…" : f.text();
    return pages.text(f.inspectionKind().label())
        + ", "
        + f.inspectedOn()
        + " — "
        + pages.text(f.kind().label())
        + ": "
        + text;
  }

  /**
   * The draft the form describes, or null with its errors recorded. On an update by its owner the
   * owner stays as it is (only an administrator hands an action to someone else).
   */
  private @Nullable ActionDraft draft(
      ActionForm form, @Nullable ImprovementAction action, FormErrors errors) {
    OpenCscUser user = currentUser.user().orElseThrow();
    String title = errors.text(form.title(), "title", 300, true);
    String description = errors.text(form.description(), "description", 8000, false);
    String owner;
    if (action != null && !Roles.ADMINISTRATOR.equals(user.getRole())) {
      owner = action.owner();
    } else {
      owner = form.owner() == null ? "" : form.owner().strip();
      if (accounts.logins().stream().noneMatch(l -> l.username().equals(owner))) {
        errors.add("owner", "improvement.error.owner.missing");
      }
    }
    String area = form.serviceArea() == null ? "" : form.serviceArea().strip();
    if (area.length() > 100) {
      errors.add("serviceArea", "improvement.error.serviceArea.long");
    }
    LocalDate start = errors.date(form.startDate(), "startDate");
    LocalDate due = errors.date(form.dueDate(), "dueDate");
    if (start != null && due != null && due.isBefore(start)) {
      errors.add("dueDate", "improvement.error.dueDate.before-start");
    }
    ActionStatus status = null;
    if (form.status() == null
        || !InspectionController.known(ActionStatus.values(), form.status())) {
      errors.add("status", "improvement.error.status.missing");
    } else {
      status = ActionStatus.of(form.status());
    }
    ActionRag rag = null;
    if (form.rag() != null && !form.rag().isBlank()) {
      if (InspectionController.known(ActionRag.values(), form.rag())) {
        rag = ActionRag.of(form.rag());
      } else {
        errors.add("rag", "improvement.error.rag.unknown");
      }
    }
    String evidence = errors.text(form.evidence(), "evidence", 8000, false);
    Long meeting = null;
    if (form.meeting() != null && !form.meeting().isBlank()) {
      meeting = number(form.meeting());
      if (meeting == null || meetings.meeting(meeting).isEmpty()) {
        errors.add("meeting", "improvement.error.meeting.unknown");
        meeting = null;
      }
    }
    List<Long> findings = new ArrayList<>();
    for (String f : form.findingList()) {
      Long id = number(f);
      if (id == null || inspections.finding(id).isEmpty()) {
        errors.add("findings", "improvement.error.findings.unknown");
      } else {
        findings.add(id);
      }
    }
    for (String i : form.indicatorList()) {
      if (indicators.indicator(i).isEmpty()) {
        errors.add("indicators", "improvement.error.indicators.unknown");
      }
    }
    if (errors.any() || start == null || due == null || status == null) {
      return null;
    }
    return new ActionDraft(
        title,
        description,
        owner,
        area.isEmpty() ? null : area,
        start,
        due,
        status,
        rag,
        evidence,
        meeting,
        findings,
        form.indicatorList());
  }

  private static @Nullable Long number(String text) {
    return text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
  }

  /** The action, if the signed-in login may update it: its owner or an administrator. */
  private ImprovementAction updatable(long id) {
    ImprovementAction action = find(id);
    if (!ImprovementPlan.mayUpdate(action, currentUser.user().orElseThrow())) {
      throw new AccessDeniedException("only the owner and administrators update action " + id);
    }
    return action;
  }

  private ImprovementAction find(long id) {
    return plan.action(id).orElseThrow(() -> new NotFoundException("action " + id));
  }

  private static ActionFilter filter(
      @Nullable String status,
      @Nullable String owner,
      @Nullable String area,
      @Nullable String overdue,
      @Nullable String sort) {
    ActionStatus s =
        status != null && InspectionController.known(ActionStatus.values(), status)
            ? ActionStatus.of(status)
            : null;
    return new ActionFilter(
        s, blankToNull(owner), blankToNull(area), "true".equals(overdue), "due-desc".equals(sort));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The filter as a query string ("?status=…&…"); flipped: with the other order of due date. */
  private static String query(ActionFilter filter, boolean flipped) {
    List<String> parts = new ArrayList<>();
    if (filter.status() != null) {
      parts.add("status=" + filter.status().id());
    }
    if (filter.owner() != null) {
      parts.add("owner=" + encode(filter.owner()));
    }
    if (filter.serviceAreaId() != null) {
      parts.add("area=" + encode(filter.serviceAreaId()));
    }
    if (filter.overdueOnly()) {
      parts.add("overdue=true");
    }
    if (filter.latestDueFirst() != flipped) {
      parts.add("sort=due-desc");
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The owners of the plan's actions, by name: the owner filter's choices. */
  private static List<Choice> ownersOf(List<ImprovementAction> actions) {
    Map<String, String> owners = new TreeMap<>();
    actions.forEach(a -> owners.put(a.owner(), a.ownerName()));
    return owners.entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  /** The service areas the plan's actions name, with their names: the area filter's choices. */
  private static List<Choice> areasOf(List<ImprovementAction> actions, Map<String, String> names) {
    return actions.stream()
        .map(ImprovementAction::serviceAreaId)
        .filter(Objects::nonNull)
        .distinct()
        .map(id -> new Choice(id, names.getOrDefault(id, id)))
        .sorted(Comparator.comparing(Choice::label))
        .toList();
  }

  /** The served snapshot's service areas, with the one chosen even if the snapshot has it not. */
  private static List<Choice> withCurrent(Map<String, String> areas, @Nullable String current) {
    Map<String, String> all = new LinkedHashMap<>(areas);
    if (current != null && !current.isBlank()) {
      all.putIfAbsent(current, current);
    }
    return all.entrySet().stream()
        .map(e -> new Choice(e.getKey(), e.getValue()))
        .collect(Collectors.toList());
  }
}
