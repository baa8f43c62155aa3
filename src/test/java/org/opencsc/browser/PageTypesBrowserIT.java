package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every type of page, opened by an administrator (who may open all of them) in Chromium: it answers
 * with the expected status, and axe-core finds no violation on it. One line of {@link #PAGES} a
 * page type; the sign-in page and its error state are checked by {@link SignInBrowserIT}, the "no
 * access" page by {@link RefusalBrowserIT}.
 */
class PageTypesBrowserIT {

  /** A type of page: its name, the address of one of its kind, and the status it answers. */
  record PageType(String name, Function<DemoCouncil, String> path, int status) {}

  static final List<PageType> PAGES =
      List.of(
          new PageType("overview", council -> "/", 200),
          new PageType("indicator", council -> "/indicators/referrals", 200),
          new PageType(
              "indicator-unit",
              council -> "/indicators/caseload_per_worker/units/team/" + council.teamId(),
              200),
          new PageType(
              "indicator-rows",
              council ->
                  "/indicators/caseload_per_worker/rows/team/" + council.teamId() + "/denominator",
              200),
          new PageType(
              "unit-indicators", council -> "/indicators/units/team/" + council.teamId(), 200),
          new PageType("child", council -> "/children/" + council.otherTeamChildId(), 200),
          new PageType("my-work", council -> "/my-work", 200),
          new PageType("team-work", council -> "/teams/" + council.teamId() + "/work", 200),
          new PageType("data-quality", council -> "/data-quality", 200),
          new PageType(
              "data-quality-children", council -> "/data-quality/children?with-none=true", 200),
          new PageType(
              "data-quality-children-filtered",
              council ->
                  "/data-quality/children?team="
                      + council.teamId()
                      + "&worker="
                      + council.workerId()
                      + "&severity=error&with-none=true",
              200),
          new PageType(
              "data-quality-child",
              council -> "/data-quality/children/" + council.otherTeamChildId(),
              200),
          new PageType("workforce", council -> "/workforce", 200),
          new PageType("reports", council -> "/reports", 200),
          new PageType("access-log", council -> "/admin/access-log", 200),
          new PageType("structure", council -> "/structure", 200),
          new PageType("unallocated-children", council -> "/structure/unallocated-children", 200),
          new PageType("service-area", council -> "/service-areas/" + council.serviceAreaId(), 200),
          new PageType(
              "service-area-children",
              council -> "/service-areas/" + council.serviceAreaId() + "/children",
              200),
          new PageType("team", council -> "/teams/" + council.teamId(), 200),
          new PageType("team-children", council -> "/teams/" + council.teamId() + "/children", 200),
          new PageType("worker", council -> "/workers/" + council.workerId(), 200),
          new PageType("loads", council -> "/loads", 200),
          new PageType("load", council -> "/loads/9101", 200),
          new PageType("load-filtered", council -> "/loads/9101?severity=error", 200),
          new PageType("targets", council -> "/indicators/targets", 200),
          new PageType("target", council -> "/indicators/targets/cla_at_period_end", 200),
          new PageType("audits", council -> "/audits", 200),
          new PageType("audit-assign", council -> "/audits/new", 200),
          new PageType("audit-form", council -> "/audits/" + PageTypesBrowserIT.AUDIT, 200),
          new PageType("audit-results", council -> "/audits/results", 200),
          new PageType("audit-templates", council -> "/audits/templates", 200),
          new PageType("audit-template", council -> "/audits/templates/1", 200),
          new PageType("audit-template-version", council -> "/audits/templates/1/versions/1", 200),
          new PageType("audit-template-edit", council -> "/audits/templates/1/edit", 200),
          new PageType("audit-themes", council -> "/audits/themes", 200),
          new PageType("improvement-plan", council -> "/improvement/actions", 200),
          new PageType(
              "improvement-plan-filtered",
              council -> "/improvement/actions?status=in_progress&overdue=true&sort=due-desc",
              200),
          new PageType("action", council -> "/improvement/actions/" + first("action_id"), 200),
          new PageType("action-new", council -> "/improvement/actions/new", 200),
          new PageType(
              "action-update",
              council -> "/improvement/actions/" + first("action_id") + "/edit",
              200),
          new PageType("inspections", council -> "/improvement/inspections", 200),
          new PageType(
              "inspection", council -> "/improvement/inspections/" + first("inspection_id"), 200),
          new PageType("inspection-new", council -> "/improvement/inspections/new", 200),
          new PageType(
              "finding-edit",
              council -> "/improvement/findings/" + first("finding_id") + "/edit",
              200),
          new PageType("meetings", council -> "/improvement/meetings", 200),
          new PageType("meeting", council -> "/improvement/meetings/" + first("meeting_id"), 200),
          new PageType("meeting-new", council -> "/improvement/meetings/new", 200),
          new PageType("annex-a", council -> "/reports/annex-a", 200),
          new PageType(
              "annex-a-errors",
              council -> "/reports/annex-a/download?asAt=2999-01-01&from=2999-02-01",
              200),
          new PageType("not-found", council -> "/teams/no-such-team", 404),
          new PageType("bad-request", council -> "/loads?page=abc", 400));

  private final BrowserApp app = BrowserApp.get();

  /**
   * The first id of the demo's example improvement plan (inspection_id, finding_id, meeting_id or
   * action_id): the demo creates one of each at least (DemoPlan).
   */
  static long first(String id) {
    return BrowserApp.get()
        .jdbc()
        .sql(
            switch (id) {
              case "inspection_id" -> "select min(inspection_id) from inspection";
              case "finding_id" -> "select min(finding_id) from inspection_finding";
              case "meeting_id" -> "select min(meeting_id) from improvement_meeting";
              default -> "select min(action_id) from improvement_action";
            })
        .query(Long.class)
        .single();
  }

  /**
   * A loaded run of the served snapshot, for the time of the test: the demo council was built by no
   * import, so without it the data quality pages would show only their empty state, not their
   * tables and filter forms. Its findings are about three children the demo worker holds; run 9101
   * of {@code load-history.sql} is the load before it, so the fixed table shows too.
   */
  static final long QUALITY_RUN = 9190;

  /**
   * A case audit of the demo worker's child, assigned to the demo administrator (who signs in
   * here), so that the audit page shows the auditor's form; on the default template (id 1, V23).
   */
  static final long AUDIT = 9190;

  @Test
  void everyPageTypeHasNoAccessibilityViolation() {
    DemoCouncil council = app.council();
    JdbcClient jdbc = app.jdbc();
    jdbc.sql(
            """
            insert into ingest_run (run_id, started_at, finished_at, trigger, directory, mode,
                                    outcome, snapshot_id, errors, queries)
            overriding system value
            select :run, now(), now(), 'cli', '/browser', 'import', 'loaded', snapshot_id, 2, 1
              from current_snapshot
            """)
        .param("run", QUALITY_RUN)
        .update();
    jdbc.sql(
            """
            insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field,
                                        value, rule, severity, message)
            select :run, n, 'ssd_person.csv', n + 1, child_id, 'person_dob', 'not a date',
                   case n when 3 then 'UNKNOWN_CODE' else 'DATE_FORMAT' end,
                   case n when 3 then 'query' else 'error' end, 'Not a date (YYYY-MM-DD)'
              from (select child_id, row_number() over (order by child_id) as n
                      from (select distinct a.child_id
                              from allocation a
                              join current_snapshot using (snapshot_id)
                              join snapshot s using (snapshot_id)
                             where a.worker_id = :worker
                               and a.start_date <= s.as_at
                               and (a.end_date is null or a.end_date > s.as_at)
                             order by a.child_id
                             limit 3) c) f
            """)
        .param("run", QUALITY_RUN)
        .param("worker", council.workerId())
        .update();
    jdbc.sql(
            """
            insert into audit (audit_id, version_id, child_id, worker_id, auditor, due_date,
                               assigned_by)
            overriding system value
            select :audit, min(version_id), :child, :worker, 'admin', date '2026-05-29', 'admin'
              from audit_template_version
            """)
        .param("audit", AUDIT)
        .param("child", council.otherTeamChildId())
        .param("worker", council.workerId())
        .update();
    try {
      openEveryPageType(council);
    } finally {
      jdbc.sql("delete from ingest_run where run_id = :run").param("run", QUALITY_RUN).update();
      jdbc.sql("delete from audit where audit_id = :audit").param("audit", AUDIT).update();
    }
  }

  private void openEveryPageType(DemoCouncil council) {
    try (BrowserSession session = new BrowserSession(app, "page-types")) {
      session.signIn("admin", BrowserApp.PASSWORD);
      List<String> problems = new ArrayList<>();
      for (PageType type : PAGES) {
        Response response = session.open(type.path().apply(council));

        assertThat(response.status()).as(type.name()).isEqualTo(type.status());
        session
            .problems(type.name())
            .forEach(problem -> problems.add(type.name() + ": " + problem));
      }
      assertThat(problems).as("accessibility violations and policy breaches").isEmpty();
    }
  }
}
