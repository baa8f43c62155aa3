package org.opencsc.improvement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.security.Login;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The improvement plan: its actions, who owns them, and the history of every change. Administrators
 * and directors create actions and assign their owners (the web layer's rule); only an action's
 * owner and administrators may update it ({@link #update}, which refuses anyone else whoever calls
 * it). Each creation and update is written with its history entry in one transaction, and the
 * history is never changed afterwards.
 */
@Service
@Transactional
public class ImprovementPlan {

  /** The fields an action's history names, in the order pages show a change. */
  public static final List<String> FIELDS =
      List.of(
          "title",
          "description",
          "owner",
          "service_area",
          "start_date",
          "due_date",
          "status",
          "rag",
          "evidence",
          "meeting",
          "findings",
          "indicators");

  /** The plan's dates are the council's: today is today in England. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private static final Comparator<ImprovementAction> BY_DUE_DATE =
      Comparator.comparing(ImprovementAction::dueDate).thenComparing(ImprovementAction::actionId);

  private final JdbcClient jdbc;
  private final UserAccounts accounts;
  private final IndicatorService indicators;
  private final Clock clock;

  ImprovementPlan(
      JdbcClient jdbc,
      UserAccounts accounts,
      IndicatorService indicators,
      ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.indicators = indicators;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  /** Today in England by the application's clock: the day overdue is judged on. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(UK));
  }

  /** The open actions {@code username} owns, by due date, as seen today: for "my work". */
  @Transactional(readOnly = true)
  public ActionList myActions(String username) {
    return new ActionList(today(), openActionsOf(username));
  }

  /** The actions overdue or at risk today: for the overview. */
  @Transactional(readOnly = true)
  public ActionList needingAttention() {
    LocalDate today = today();
    return new ActionList(today, needingAttention(today));
  }

  /** The actions the filter keeps, by due date; {@code today} says which are overdue. */
  @Transactional(readOnly = true)
  public List<ImprovementAction> actions(ActionFilter filter, LocalDate today) {
    return read(null).stream()
        .filter(a -> filter.status() == null || a.status() == filter.status())
        .filter(a -> filter.owner() == null || a.owner().equals(filter.owner()))
        .filter(
            a -> filter.serviceAreaId() == null || filter.serviceAreaId().equals(a.serviceAreaId()))
        .filter(a -> !filter.overdueOnly() || a.overdue(today))
        .sorted(filter.latestDueFirst() ? BY_DUE_DATE.reversed() : BY_DUE_DATE)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<ImprovementAction> action(long id) {
    return read(id).stream().findFirst();
  }

  /** The open actions a login owns, by due date: its share of the plan, for "my work". */
  @Transactional(readOnly = true)
  public List<ImprovementAction> openActionsOf(String username) {
    return read(null).stream()
        .filter(a -> a.owner().equals(username) && a.status().open())
        .sorted(BY_DUE_DATE)
        .toList();
  }

  /** The open actions overdue or at risk on {@code today}, by due date: what needs attention. */
  @Transactional(readOnly = true)
  public List<ImprovementAction> needingAttention(LocalDate today) {
    return read(null).stream()
        .filter(a -> a.overdue(today) || a.atRisk(today))
        .sorted(BY_DUE_DATE)
        .toList();
  }

  /** The actions a meeting raised, by due date. */
  @Transactional(readOnly = true)
  public List<ImprovementAction> raisedBy(long meetingId) {
    return read(null).stream()
        .filter(a -> Objects.equals(a.meetingId(), meetingId))
        .sorted(BY_DUE_DATE)
        .toList();
  }

  /** Whether {@code user} may update {@code action}: its owner or an administrator. */
  public static boolean mayUpdate(ImprovementAction action, OpenCscUser user) {
    return Roles.ADMINISTRATOR.equals(user.getRole()) || action.owner().equals(user.getUsername());
  }

  /**
   * Creates an action and its first history entry (every field, from nothing); answers its id.
   *
   * @throws IllegalArgumentException when an indicator is not in the catalogue
   */
  public long create(ActionDraft draft, String by) {
    checkIndicators(draft);
    Map<String, @Nullable Object> params = params(draft);
    params.put("by", by);
    long id = jdbc.sql(Inspections.sql("insert_action")).params(params).query(Long.class).single();
    link(id, draft);
    List<FieldChange> changes = new ArrayList<>();
    Map<String, @Nullable String> values = values(draft);
    for (String field : FIELDS) {
      if (values.get(field) != null) {
        changes.add(new FieldChange(field, null, values.get(field)));
      }
    }
    record(id, by, changes, "");
    return id;
  }

  /**
   * Updates an action to {@code draft} and appends what changed, with the note, to its history.
   * Only the owner and administrators may; only an administrator may give it another owner.
   *
   * @return what changed (empty when nothing did: then only a note, if any, is recorded)
   * @throws AccessDeniedException when {@code user} is neither the owner nor an administrator, or
   *     is the owner trying to hand the action to someone else
   * @throws java.util.NoSuchElementException when there is no such action
   * @throws IllegalArgumentException when an indicator is not in the catalogue
   */
  public List<FieldChange> update(long id, ActionDraft draft, String note, OpenCscUser user) {
    jdbc.sql(Inspections.sql("lock_action")).param("id", id).query(Long.class).optional();
    ImprovementAction action = action(id).orElseThrow();
    if (!mayUpdate(action, user)) {
      throw new AccessDeniedException("only the owner of action " + id + " may update it");
    }
    if (!draft.owner().equals(action.owner()) && !Roles.ADMINISTRATOR.equals(user.getRole())) {
      throw new AccessDeniedException("only an administrator gives an action another owner");
    }
    checkIndicators(draft);
    Map<String, @Nullable String> before = values(ActionDraft.of(action));
    Map<String, @Nullable String> after = values(draft);
    List<FieldChange> changes = new ArrayList<>();
    for (String field : FIELDS) {
      if (!Objects.equals(before.get(field), after.get(field))) {
        changes.add(new FieldChange(field, before.get(field), after.get(field)));
      }
    }
    if (changes.isEmpty() && note.isBlank()) {
      return changes;
    }
    Map<String, @Nullable Object> params = params(draft);
    params.put("id", id);
    jdbc.sql(Inspections.sql("update_action")).params(params).update();
    link(id, draft);
    record(id, user.getUsername(), changes, note.strip());
    return changes;
  }

  /** An action's history, the latest first. */
  @Transactional(readOnly = true)
  public List<ActionUpdate> history(long id) {
    return jdbc.sql(Inspections.sql("history"))
        .param("id", id)
        .query(
            (rs, n) ->
                new ActionUpdate(
                    rs.getLong("update_id"),
                    rs.getLong("action_id"),
                    rs.getObject("updated_at", OffsetDateTime.class),
                    rs.getString("updated_by"),
                    Arrays.asList(
                        JsonMapper.shared()
                            .readValue(rs.getString("changes"), FieldChange[].class)),
                    rs.getString("note")))
        .list();
  }

  /** The latest entry of each action's history, by action id. */
  @Transactional(readOnly = true)
  public Map<Long, ActionUpdate> latestUpdates() {
    Map<Long, ActionUpdate> latest = new HashMap<>();
    jdbc.sql(Inspections.sql("latest_updates"))
        .query(
            rs -> {
              latest.put(
                  rs.getLong("action_id"),
                  new ActionUpdate(
                      rs.getLong("update_id"),
                      rs.getLong("action_id"),
                      rs.getObject("updated_at", OffsetDateTime.class),
                      rs.getString("updated_by"),
                      Arrays.asList(
                          JsonMapper.shared()
                              .readValue(rs.getString("changes"), FieldChange[].class)),
                      rs.getString("note")));
            });
    return latest;
  }

  private void checkIndicators(ActionDraft draft) {
    for (String indicator : draft.indicators()) {
      if (indicators.indicator(indicator).isEmpty()) {
        throw new IllegalArgumentException("no indicator " + indicator);
      }
    }
  }

  private void link(long id, ActionDraft draft) {
    jdbc.sql(Inspections.sql("delete_links")).param("id", id).update();
    for (long finding : draft.findingIds()) {
      jdbc.sql(Inspections.sql("insert_finding_link"))
          .param("id", id)
          .param("finding_id", finding)
          .update();
    }
    for (String indicator : draft.indicators()) {
      jdbc.sql(Inspections.sql("insert_indicator_link"))
          .param("id", id)
          .param("indicator", indicator)
          .update();
    }
  }

  private void record(long id, String by, List<FieldChange> changes, String note) {
    jdbc.sql(Inspections.sql("insert_update"))
        .param("id", id)
        .param("by", by)
        .param("changes", JsonMapper.shared().writeValueAsString(changes))
        .param("note", note)
        .update();
  }

  private static Map<String, @Nullable Object> params(ActionDraft d) {
    Map<String, @Nullable Object> p = new HashMap<>();
    p.put("title", d.title());
    p.put("description", d.description());
    p.put("owner", d.owner());
    p.put("service_area_id", d.serviceAreaId());
    p.put("start_date", d.startDate());
    p.put("due_date", d.dueDate());
    p.put("status", d.status().id());
    p.put("rag", d.rag() == null ? null : d.rag().id());
    p.put("evidence", d.evidence());
    p.put("meeting_id", d.meetingId());
    return p;
  }

  /** Each field's value as the history stores it. */
  private static Map<String, @Nullable String> values(ActionDraft d) {
    Map<String, @Nullable String> v = new HashMap<>();
    v.put("title", d.title());
    v.put("description", d.description().isEmpty() ? null : d.description());
    v.put("owner", d.owner());
    v.put("service_area", d.serviceAreaId());
    v.put("start_date", d.startDate().toString());
    v.put("due_date", d.dueDate().toString());
    v.put("status", d.status().id());
    v.put("rag", d.rag() == null ? null : d.rag().id());
    v.put("evidence", d.evidence().isEmpty() ? null : d.evidence());
    v.put("meeting", d.meetingId() == null ? null : d.meetingId().toString());
    v.put("findings", joined(d.findingIds()));
    v.put("indicators", joined(d.indicators()));
    return v;
  }

  private static @Nullable String joined(List<?> values) {
    return values.isEmpty()
        ? null
        : values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private List<ImprovementAction> read(@Nullable Long id) {
    Map<String, String> names = new HashMap<>();
    for (Login login : accounts.logins()) {
      names.put(login.username(), login.displayName());
    }
    return jdbc.sql(Inspections.sql("actions"))
        .param("id", id)
        .query((rs, n) -> action(rs, names))
        .list();
  }

  private static ImprovementAction action(ResultSet rs, Map<String, String> names)
      throws SQLException {
    String owner = rs.getString("owner");
    String rag = rs.getString("rag");
    long meeting = rs.getLong("meeting_id");
    Long meetingId = rs.wasNull() ? null : meeting;
    List<Long> findings = new ArrayList<>();
    for (Object f : array(rs.getArray("finding_ids"))) {
      findings.add(((Number) f).longValue());
    }
    List<String> linked = new ArrayList<>();
    for (Object i : array(rs.getArray("indicators"))) {
      linked.add((String) i);
    }
    return new ImprovementAction(
        rs.getLong("action_id"),
        rs.getString("title"),
        rs.getString("description"),
        owner,
        names.getOrDefault(owner, owner),
        rs.getString("service_area_id"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        ActionStatus.of(rs.getString("status")),
        rag == null ? null : ActionRag.of(rag),
        rs.getString("evidence"),
        meetingId,
        findings,
        linked,
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("changed_at", OffsetDateTime.class));
  }

  private static Object[] array(Array array) throws SQLException {
    return (Object[]) array.getArray();
  }
}
