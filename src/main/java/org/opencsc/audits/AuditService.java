package org.opencsc.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ChildRow;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.council.Worker;
import org.opencsc.database.SqlFile;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Login;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.Scope;
import org.opencsc.security.UserAccounts;
import org.opencsc.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case audit workflow and who may do what in it.
 *
 * <ul>
 *   <li><b>Assign</b>: an administrator, a director or a head of service (a child in their scope).
 *   <li><b>See</b>: the auditor sees the audits assigned to them (child and worker included, in
 *       scope or not); administrators, directors and performance analysts every audit; heads of
 *       service and team managers the audits of children in their scope; nobody else. Opening an
 *       audit names a child, so it is written to the access log like a child's page.
 *   <li><b>Complete</b>: only the auditor, while it is assigned or in progress; a draft keeps it in
 *       progress, a submission needs every question answered and an overall grade.
 *   <li><b>Moderate</b>: an administrator or a head of service who may see it and is not its
 *       auditor, once submitted: a second overall grade, with a reason when it differs.
 *   <li><b>Close</b>: the same roles, once moderated.
 * </ul>
 *
 * Every change of state is recorded with who and when ({@code audit_transition}).
 */
@Service
public class AuditService {

  /** The longest text kept in a free-text answer or field. */
  public static final int MAX_TEXT = 5000;

  private final JdbcClient jdbc;
  private final AuditTemplates templates;
  private final CouncilStructureService council;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;
  private final UserAccounts accounts;
  private final Map<String, String> sql = new LinkedHashMap<>();

  AuditService(
      JdbcClient jdbc,
      AuditTemplates templates,
      CouncilStructureService council,
      ChildAccess childAccess,
      AccessLog accessLog,
      UserAccounts accounts) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.council = council;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
    this.accounts = accounts;
  }

  // ---- who may do what

  /** Administrators, directors and heads of service assign audits. */
  public static boolean mayAssign(OpenCscUser user) {
    return switch (user.getRole()) {
      case Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.HEAD_OF_SERVICE -> true;
      default -> false;
    };
  }

  /** The children whose audits the login sees besides its own: all, a scope, or none. */
  static Scope auditScope(OpenCscUser user) {
    return switch (user.getRole()) {
      case Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.PERFORMANCE_ANALYST -> Scope.ALL;
      case Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER -> Scope.of(user);
      default -> Scope.NONE;
    };
  }

  /** Whether the login may open the audit. */
  @Transactional(readOnly = true)
  public boolean maySee(Audit audit, OpenCscUser user) {
    if (audit.auditor().equals(user.getUsername())) {
      return true;
    }
    return inScope(audit.childId(), user);
  }

  /** Only the auditor, while the audit is open. */
  public static boolean mayComplete(Audit audit, OpenCscUser user) {
    return audit.state().open() && audit.auditor().equals(user.getUsername());
  }

  /** An administrator or head of service who may see the audit and is not its auditor. */
  @Transactional(readOnly = true)
  public boolean mayModerate(Audit audit, OpenCscUser user) {
    return audit.state() == AuditState.SUBMITTED
        && moderatorRole(user)
        && !audit.auditor().equals(user.getUsername())
        && inScope(audit.childId(), user);
  }

  /** An administrator or head of service who may see the audit, once it is moderated. */
  @Transactional(readOnly = true)
  public boolean mayClose(Audit audit, OpenCscUser user) {
    return audit.state() == AuditState.MODERATED
        && moderatorRole(user)
        && inScope(audit.childId(), user);
  }

  private static boolean moderatorRole(OpenCscUser user) {
    return user.getRole().equals(Roles.ADMINISTRATOR)
        || user.getRole().equals(Roles.HEAD_OF_SERVICE);
  }

  private boolean inScope(String childId, OpenCscUser user) {
    Scope scope = auditScope(user);
    if (scope.seesAll()) {
      return true;
    }
    if (!scope.seesChildren()) {
      return false;
    }
    return council
        .servedSnapshot()
        .map(s -> childAccess.maySee(scope, s.snapshotId(), s.asAt(), childId))
        .orElse(false);
  }

  // ---- reading

  /**
   * The audit for the login: 404 when there is none; 403 and a "refused" line in the access log
   * when it may not see it; otherwise a "view" of the child in the access log.
   */
  @Transactional(readOnly = true)
  public Audit open(long auditId, OpenCscUser user) {
    Audit audit = find(auditId).orElseThrow(() -> new NotFoundException("audit " + auditId));
    if (!maySee(audit, user)) {
      accessLog.refused(audit.childId(), null);
      throw new AccessDeniedException("not this login's audit");
    }
    accessLog.viewedChild(audit.childId());
    return audit;
  }

  /** The audit, whoever asks: for checks after a form is posted. */
  @Transactional(readOnly = true)
  public Optional<Audit> find(long auditId) {
    Optional<Row> row =
        jdbc.sql(sql("audit")).param("audit_id", auditId).query(AuditService::row).optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Row r = row.get();
    TemplateVersion template = templates.byVersionId(r.versionId).orElseThrow();
    Map<String, Audit.Answer> answers = new LinkedHashMap<>();
    jdbc.sql(sql("answers"))
        .param("audit_id", auditId)
        .query(
            rs -> {
              var answer =
                  new Audit.Answer(
                      rs.getInt("section_no"),
                      rs.getInt("question_no"),
                      Grade.of(rs.getString("grade")).orElse(null),
                      rs.getString("answer"));
              answers.put(answer.key(), answer);
            });
    List<Audit.Theme> themes =
        jdbc.sql(sql("audit_themes"))
            .param("audit_id", auditId)
            .query((rs, n) -> new Audit.Theme(rs.getLong("theme_id"), rs.getString("name")))
            .list();
    List<Audit.Transition> transitions =
        jdbc.sql(sql("transitions"))
            .param("audit_id", auditId)
            .query(
                (rs, n) ->
                    new Audit.Transition(
                        rs.getString("from_state") == null
                            ? null
                            : AuditState.of(rs.getString("from_state")),
                        AuditState.of(rs.getString("to_state")),
                        rs.getString("by_username"),
                        rs.getTimestamp("at").toInstant()))
            .list();
    return Optional.of(
        new Audit(
            auditId,
            template,
            r.childId,
            r.workerId,
            r.teamId,
            r.serviceAreaId,
            r.auditor,
            r.dueDate,
            r.state,
            r.overallGrade,
            r.strengths,
            r.areasToImprove,
            r.moderatedGrade,
            r.moderationReason,
            r.moderator,
            r.assignedBy,
            r.assignedAt,
            r.submittedAt,
            answers,
            themes,
            transitions));
  }

  /** The audits the login may open (its own, its scope's or all), open ones first. */
  @Transactional(readOnly = true)
  public List<AuditSummary> visibleAudits(OpenCscUser user) {
    return list(user, "", true, false);
  }

  /**
   * The audits of one child that the login may open, for the child's page (which has already
   * checked and logged the login's view of the child).
   */
  @Transactional(readOnly = true)
  public List<AuditSummary> auditsOfChild(String childId, OpenCscUser user) {
    return list(user, childId, true, false);
  }

  /**
   * Every audit with a grade (submitted, moderated or closed), each flagged with whether the login
   * may open it: the rows of the results export.
   */
  @Transactional(readOnly = true)
  public List<AuditSummary> gradedAudits(OpenCscUser user) {
    return list(user, "", false, true);
  }

  private List<AuditSummary> list(
      OpenCscUser user, String childId, boolean onlyVisible, boolean gradedOnly) {
    Optional<ServedSnapshot> snapshot = council.servedSnapshot();
    Scope scope = auditScope(user);
    if (snapshot.isEmpty() && !scope.seesAll()) {
      // Without a served snapshot no child is in anyone's scope: keep the login's own audits.
      scope = Scope.NONE;
    }
    return scope
        .bind(jdbc.sql(sql("audits")))
        .param("username", user.getUsername())
        .param("snapshot_id", snapshot.map(ServedSnapshot::snapshotId).orElse(-1L))
        .param("as_at", snapshot.map(ServedSnapshot::asAt).orElse(LocalDate.now()))
        .param("child_id", childId)
        .param("only_visible", onlyVisible)
        .param("graded_only", gradedOnly)
        .query(AuditSummary.class)
        .list();
  }

  /** The learning themes, by name. */
  @Transactional(readOnly = true)
  public List<Audit.Theme> themes() {
    return jdbc.sql(sql("themes"))
        .query((rs, n) -> new Audit.Theme(rs.getLong("theme_id"), rs.getString("name")))
        .list();
  }

  /** Adds a learning theme; false when one of that name (in any case) is already listed. */
  @Transactional
  public boolean addTheme(String name) {
    return jdbc.sql(sql("insert_theme")).param("name", name.strip()).update() == 1;
  }

  /** The logins that may audit: every enabled login but the board's, which sees no child. */
  @Transactional(readOnly = true)
  public List<Login> auditors() {
    return accounts.logins().stream().filter(l -> !l.role().equals(Roles.BOARD_MEMBER)).toList();
  }

  // ---- the workflow

  /**
   * What stops the assignment, by field ("template", "child", "worker", "auditor"), as message
   * codes; empty when it can be made. The child must be in the served snapshot (and in a head of
   * service's scope), the worker too (the allocated one when none is named), the auditor an enabled
   * login that may see children.
   */
  @Transactional(readOnly = true)
  public Map<String, String> problems(Assignment assignment, OpenCscUser by) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (templates.latest(assignment.templateId()).isEmpty()) {
      problems.put("template", "unknown");
    }
    Optional<ServedSnapshot> snapshot = council.servedSnapshot();
    if (snapshot.isEmpty()) {
      problems.put("child", "no-snapshot");
      return problems;
    }
    Optional<ChildRow> child = council.child(snapshot.get(), assignment.childId());
    if (child.isEmpty() || !inScope(assignment.childId(), by)) {
      problems.put("child", "unknown");
    } else if (assignment.workerId() == null && child.get().workerId() == null) {
      problems.put("worker", "unallocated");
    }
    if (assignment.workerId() != null
        && council.worker(snapshot.get(), assignment.workerId()).isEmpty()) {
      problems.put("worker", "unknown");
    }
    if (auditors().stream().noneMatch(l -> l.username().equals(assignment.auditor()))) {
      problems.put("auditor", "unknown");
    }
    return problems;
  }

  /**
   * Assigns the audit on the template's newest version and returns its id; the worker's team and
   * service area are kept as they are in the served snapshot, so that results by team stay with the
   * team the worker was in. Refused (403) to a login that may not assign.
   */
  @Transactional
  public long assign(Assignment assignment, OpenCscUser by) {
    if (!mayAssign(by)) {
      throw new AccessDeniedException("this login does not assign audits");
    }
    Map<String, String> problems = problems(assignment, by);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("cannot assign: " + problems.keySet());
    }
    ServedSnapshot snapshot = council.servedSnapshot().orElseThrow();
    ChildRow child = council.child(snapshot, assignment.childId()).orElseThrow();
    Worker worker =
        council
            .worker(
                snapshot,
                Objects.requireNonNull(
                    assignment.workerId() != null ? assignment.workerId() : child.workerId()))
            .orElseThrow();
    // The team of the child's allocation when it is this worker's (the allocation names it);
    // else the worker's own team on the snapshot's date.
    String teamId =
        worker.workerId().equals(child.workerId()) && child.teamId() != null
            ? child.teamId()
            : worker.teamId();
    String serviceAreaId =
        teamId == null
            ? null
            : council.team(snapshot, teamId).map(t -> t.serviceAreaId()).orElse(null);
    TemplateVersion template = templates.latest(assignment.templateId()).orElseThrow();
    long auditId =
        jdbc.sql(sql("insert_audit"))
            .param("version_id", template.versionId())
            .param("child_id", assignment.childId())
            .param("worker_id", worker.workerId())
            .param("team_id", teamId, Types.VARCHAR)
            .param("service_area_id", serviceAreaId, Types.VARCHAR)
            .param("auditor", assignment.auditor())
            .param("due_date", assignment.dueDate())
            .param("assigned_by", by.getUsername())
            .query(Long.class)
            .single();
    transition(auditId, null, AuditState.ASSIGNED, by);
    return auditId;
  }

  /**
   * Saves the auditor's answers: as a draft (the audit is then in progress) or submitted, which
   * needs {@link Completion#missing} to be empty. 403 for anyone but the auditor, 409 once
   * submitted.
   */
  @Transactional
  public void save(long auditId, Completion completion, boolean submit, OpenCscUser by) {
    Audit audit = find(auditId).orElseThrow(() -> new NotFoundException("audit " + auditId));
    if (!audit.auditor().equals(by.getUsername())) {
      throw new AccessDeniedException("only the auditor completes an audit");
    }
    if (!audit.state().open()) {
      throw new AuditConflict("audit " + auditId + " is " + audit.state().id());
    }
    if (submit && !completion.missing(audit.template()).isEmpty()) {
      throw new IllegalArgumentException("incomplete audit");
    }
    AuditState to = submit ? AuditState.SUBMITTED : AuditState.IN_PROGRESS;
    jdbc.sql(sql("delete_answers")).param("audit_id", auditId).update();
    for (TemplateSection section : audit.template().sections()) {
      for (TemplateQuestion question : section.questions()) {
        String key = Audit.Answer.key(section.no(), question.no());
        Grade grade = question.kind() == QuestionKind.GRADED ? completion.grades().get(key) : null;
        String text = completion.texts().getOrDefault(key, "").strip();
        if (grade == null && text.isEmpty()) {
          continue;
        }
        jdbc.sql(sql("insert_answer"))
            .param("audit_id", auditId)
            .param("section_no", section.no())
            .param("question_no", question.no())
            .param("grade", grade == null ? null : grade.id(), Types.VARCHAR)
            .param("answer", text)
            .update();
      }
    }
    jdbc.sql(sql("delete_audit_themes")).param("audit_id", auditId).update();
    for (long themeId : completion.themeIds()) {
      jdbc.sql(sql("insert_audit_theme"))
          .param("audit_id", auditId)
          .param("theme_id", themeId)
          .update();
    }
    jdbc.sql(sql("save_completion"))
        .param("audit_id", auditId)
        .param(
            "overall_grade",
            completion.overallGrade() == null ? null : completion.overallGrade().id(),
            Types.VARCHAR)
        .param("strengths", completion.strengths().strip())
        .param("areas_to_improve", completion.areasToImprove().strip())
        .param("state", to.id())
        .update();
    if (audit.state() != to) {
      transition(auditId, audit.state(), to, by);
    }
  }

  /**
   * The moderator's overall grade; {@code reason} is required when it differs from the auditor's.
   * 403 unless {@link #mayModerate}, 409 unless submitted.
   */
  @Transactional
  public void moderate(long auditId, Grade grade, String reason, OpenCscUser by) {
    Audit audit = find(auditId).orElseThrow(() -> new NotFoundException("audit " + auditId));
    if (audit.state() != AuditState.SUBMITTED) {
      throw new AuditConflict("audit " + auditId + " is " + audit.state().id());
    }
    if (!mayModerate(audit, by)) {
      throw new AccessDeniedException("not a moderator of this audit");
    }
    if (grade != audit.overallGrade() && reason.isBlank()) {
      throw new IllegalArgumentException("a different grade needs a reason");
    }
    jdbc.sql(sql("moderate"))
        .param("audit_id", auditId)
        .param("moderated_grade", grade.id())
        .param("reason", reason.strip())
        .param("moderator", by.getUsername())
        .update();
    transition(auditId, AuditState.SUBMITTED, AuditState.MODERATED, by);
  }

  /** Closes a moderated audit. 403 unless {@link #mayClose}, 409 unless moderated. */
  @Transactional
  public void close(long auditId, OpenCscUser by) {
    Audit audit = find(auditId).orElseThrow(() -> new NotFoundException("audit " + auditId));
    if (audit.state() != AuditState.MODERATED) {
      throw new AuditConflict("audit " + auditId + " is " + audit.state().id());
    }
    if (!mayClose(audit, by)) {
      throw new AccessDeniedException("may not close this audit");
    }
    jdbc.sql(sql("close")).param("audit_id", auditId).update();
    transition(auditId, AuditState.MODERATED, AuditState.CLOSED, by);
  }

  private void transition(long auditId, @Nullable AuditState from, AuditState to, OpenCscUser by) {
    jdbc.sql(sql("insert_transition"))
        .param("audit_id", auditId)
        .param("from_state", from == null ? null : from.id(), Types.VARCHAR)
        .param("to_state", to.id())
        .param("by_username", by.getUsername())
        .update();
  }

  private String sql(String name) {
    return sql.computeIfAbsent(name, n -> SqlFile.load(AuditService.class, "sql/" + n + ".sql"));
  }

  /** The audit row itself, before its answers, themes and transitions are read. */
  private record Row(
      long versionId,
      String childId,
      @Nullable String workerId,
      @Nullable String teamId,
      @Nullable String serviceAreaId,
      String auditor,
      LocalDate dueDate,
      AuditState state,
      @Nullable Grade overallGrade,
      String strengths,
      String areasToImprove,
      @Nullable Grade moderatedGrade,
      String moderationReason,
      @Nullable String moderator,
      String assignedBy,
      java.time.Instant assignedAt,
      java.time.@Nullable Instant submittedAt) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    var submitted = rs.getTimestamp("submitted_at");
    return new Row(
        rs.getLong("version_id"),
        rs.getString("child_id"),
        rs.getString("worker_id"),
        rs.getString("team_id"),
        rs.getString("service_area_id"),
        rs.getString("auditor"),
        rs.getObject("due_date", LocalDate.class),
        AuditState.of(rs.getString("state")),
        Grade.of(rs.getString("overall_grade")).orElse(null),
        rs.getString("strengths"),
        rs.getString("areas_to_improve"),
        Grade.of(rs.getString("moderated_grade")).orElse(null),
        rs.getString("moderation_reason"),
        rs.getString("moderator"),
        rs.getString("assigned_by"),
        rs.getTimestamp("assigned_at").toInstant(),
        submitted == null ? null : submitted.toInstant());
  }

  /** The keys of a template's questions ("section.question"), in order. */
  public static List<String> keys(TemplateVersion template) {
    List<String> keys = new ArrayList<>();
    for (TemplateSection section : template.sections()) {
      for (TemplateQuestion question : section.questions()) {
        keys.add(Audit.Answer.key(section.no(), question.no()));
      }
    }
    return keys;
  }
}
