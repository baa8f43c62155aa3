package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, asked by each of the seven roles, against one table of
 * expected answers ({@link #EXPECTATIONS}). The endpoints are read from Spring MVC at run time, so
 * an endpoint the table does not list fails the test: a new page cannot slip in without someone
 * deciding who may open it.
 *
 * <p>The council is {@code council-structure.sql} (served snapshot 9001, 31 March 2025) and the
 * load history {@code load-history.sql} (run 9101). The scoped logins: social worker W3 (team T2),
 * the manager of team T2, the head of service area SA1. Lists of children are filtered to the
 * login's scope, so a worker asking for another team's children gets the page with the children
 * they may see (none of T3's); only a login that sees no child at all (the board) is refused them.
 * A unit that does not exist is 404 for everyone, the board included (the unit is looked up before
 * the list is refused). {@code /error} opened directly answers 500, as Spring Boot's error page
 * does without an error to show. The administrator's POST /loads is answered with a redirect and
 * starts nothing: the test profile's drop folder ({@code target/opencsc-test/drop}) does not exist.
 * "My work" answers every login that sees children (a login with no caseload is told so); its
 * download is 404 for a login that is no worker (nothing to download). No import built snapshot
 * 9001, so the data quality page shows its empty state and its downloads are empty tables (headings
 * only; DataQualityIT covers them with findings). Report 9001 ({@code reports.sql}) is kept; the
 * directors', analysts' and administrators' POSTs to /reports make a board pack and a scrutiny
 * report of snapshot 9001. The improvement plan is {@code improvement-plan.sql}: action 9201 is
 * owned by the team manager, so only they and the administrator may update it; inspections and
 * meetings are kept by the administrator, director and analyst, actions created by the
 * administrator and director, and everyone reads all of it.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({
  "/org/opencsc/council/council-structure.sql",
  "/org/opencsc/ingest/web/load-history.sql",
  "/org/opencsc/reports/reports.sql",
  "/org/opencsc/improvement/improvement-plan.sql"
})
class EndpointMatrixIT {

  /**
   * One line an endpoint (more lines when one endpoint is asked more than one way): the endpoint as
   * Spring maps it (method and pattern; ANY when it takes every method), the request made, then the
   * expected answer for each role: {@code ok} is any 2xx or 3xx, a number is that exact status (403
   * refused, 404 the documented answer for something that does not exist). POSTs carry a CSRF
   * token; their form fields are in the query string.
   *
   * <p>Roles: SW social worker, TM team manager, HoS head of service, Dir director, PA performance
   * analyst, Bd improvement board member, Adm administrator.
   */
  static final String EXPECTATIONS =
      """
      endpoint                               request                                          SW  TM  HoS Dir PA  Bd  Adm
      GET /login                             GET /login                                       ok  ok  ok  ok  ok  ok  ok
      ANY /error                             GET /error                                       500 500 500 500 500 500 500
      GET /                                  GET /                                            ok  ok  ok  ok  ok  ok  ok
      GET /structure                         GET /structure                                   ok  ok  ok  ok  ok  ok  ok
      GET /structure/unallocated-children    GET /structure/unallocated-children              ok  ok  ok  ok  ok  403 ok
      GET /service-areas/{id}                GET /service-areas/SA2                           ok  ok  ok  ok  ok  ok  ok
      GET /service-areas/{id}                GET /service-areas/SA9                           404 404 404 404 404 404 404
      GET /service-areas/{id}/children       GET /service-areas/SA2/children                  ok  ok  ok  ok  ok  403 ok
      GET /teams/{id}                        GET /teams/T3                                    ok  ok  ok  ok  ok  ok  ok
      GET /teams/{id}/children               GET /teams/T3/children                           ok  ok  ok  ok  ok  403 ok
      GET /teams/{id}/children               GET /teams/T9/children                           404 404 404 404 404 404 404
      GET /workers/{id}                      GET /workers/W4                                  ok  ok  ok  ok  ok  ok  ok
      GET /workers/{id}                      GET /workers/W9                                  404 404 404 404 404 404 404
      GET /structure                         GET /structure?format=csv                        ok  ok  ok  ok  ok  ok  ok
      GET /structure/unallocated-children    GET /structure/unallocated-children?format=xlsx  ok  ok  ok  ok  ok  403 ok
      GET /service-areas/{id}                GET /service-areas/SA2?format=xlsx               ok  ok  ok  ok  ok  ok  ok
      GET /service-areas/{id}/children       GET /service-areas/SA2/children?format=csv       ok  ok  ok  ok  ok  403 ok
      GET /teams/{id}                        GET /teams/T3?format=csv                         ok  ok  ok  ok  ok  ok  ok
      GET /teams/{id}/children               GET /teams/T3/children?format=csv                ok  ok  ok  ok  ok  403 ok
      GET /workers/{id}                      GET /workers/W4?format=csv                       ok  ok  ok  ok  ok  403 ok
      GET /loads                             GET /loads                                       403 403 403 ok  ok  403 ok
      GET /loads                             GET /loads?format=csv                            403 403 403 ok  ok  403 ok
      POST /loads                            POST /loads                                      403 403 403 403 403 403 ok
      GET /loads/{runId:\\d{1,18}}            GET /loads/9101                                  403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}            GET /loads/9199                                  403 403 403 404 404 403 404
      GET /loads/{runId:\\d{1,18}}/findings.csv GET /loads/9101/findings.csv                  403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}/findings.xlsx GET /loads/9101/findings.xlsx                403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}            GET /loads/9101?severity=error&format=csv        403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}/files      GET /loads/9101/files?format=csv                 403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}/files      GET /loads/9199/files?format=csv                 403 403 403 404 404 403 404
      GET /loads/{runId:\\d{1,18}}/tables     GET /loads/9101/tables?format=xlsx               403 403 403 ok  ok  403 ok
      GET /loads/{runId:\\d{1,18}}/finding-counts GET /loads/9101/finding-counts?format=csv    403 403 403 ok  ok  403 ok
      GET /reports/annex-a                   GET /reports/annex-a                             403 403 403 ok  ok  403 ok
      GET /reports/annex-a/download          GET /reports/annex-a/download                    403 403 403 ok  ok  403 ok
      GET /reports/annex-a/download          GET /reports/annex-a/download?asAt=2025-01-31&from=2024-11-01 403 403 403 ok ok 403 ok
      GET /indicators/targets                GET /indicators/targets                          403 403 403 403 403 403 ok
      GET /indicators/targets                GET /indicators/targets?format=xlsx              403 403 403 403 403 403 ok
      GET /indicators/targets/{id}           GET /indicators/targets/cla_at_period_end        403 403 403 403 403 403 ok
      GET /indicators/targets/{id}           GET /indicators/targets/no_such_indicator        403 403 403 403 403 403 404
      GET /indicators/targets/{id}/history   GET /indicators/targets/cla_at_period_end/history?format=csv 403 403 403 403 403 403 ok
      POST /indicators/targets/{id}          POST /indicators/targets/cla_at_period_end?target=50&tolerance=5&reason=matrix 403 403 403 403 403 403 ok
      GET /indicators/{id}                   GET /indicators/cla_at_period_end                ok  ok  ok  ok  ok  ok  ok
      GET /indicators/{id}                   GET /indicators/no_such_indicator                404 404 404 404 404 404 404
      GET /indicators/{id}/units/{level}/{unitId} GET /indicators/cla_at_period_end/units/team/T3 ok ok ok ok ok ok ok
      GET /indicators/{id}/trend             GET /indicators/cla_at_period_end/trend?format=csv ok ok ok ok ok ok ok
      GET /indicators/{id}/benchmarks        GET /indicators/cla_at_period_end/benchmarks?format=xlsx ok ok ok ok ok ok ok
      GET /indicators/{id}/units/{level}/{unitId}/trend GET /indicators/cla_at_period_end/units/team/T3/trend?format=csv ok ok ok ok ok ok ok
      GET /indicators/{id}/units/{level}/{unitId}/trend GET /indicators/cla_at_period_end/units/team/T9/trend?format=csv 404 404 404 404 404 404 404
      GET /indicators/{id}/rows/{level}/{unitId}/{side} GET /indicators/cla_at_period_end/rows/team/T3/denominator ok ok ok ok ok 403 ok
      GET /indicators/units/{level}/{unitId} GET /indicators/units/team/T3                     ok  ok  ok  ok  ok  ok  ok
      GET /indicators/units/{level}/{unitId} GET /indicators/units/team/T9?format=csv          404 404 404 404 404 404 404
      GET /reports                           GET /reports                                     ok  ok  ok  ok  ok  ok  ok
      POST /reports/board-pack               POST /reports/board-pack                         403 403 403 ok  ok  403 ok
      POST /reports/scrutiny                 POST /reports/scrutiny?theme=workforce&from=2024-04-01&to=2025-03-31 403 403 403 ok ok 403 ok
      GET /reports/{id}/pdf                  GET /reports/9001/pdf                            ok  ok  ok  ok  ok  ok  ok
      GET /reports/{id}/pdf                  GET /reports/9999/pdf                            404 404 404 404 404 404 404
      GET /reports/{id}/html                 GET /reports/9001/html                           ok  ok  ok  ok  ok  ok  ok
      GET /children/{childId}                GET /children/C04                                ok  ok  ok  ok  ok  403 ok
      GET /children/{childId}                GET /children/C05                                403 403 403 ok  ok  403 ok
      GET /children/{childId}                GET /children/C99                                403 403 403 404 404 403 404
      GET /children/{childId}/timeline       GET /children/C04/timeline?format=csv            ok  ok  ok  ok  ok  403 ok
      GET /children/{childId}/timeline       GET /children/C05/timeline?format=xlsx           403 403 403 ok  ok  403 ok
      GET /children/{childId}/workers        GET /children/C05/workers?format=csv             403 403 403 ok  ok  403 ok
      GET /my-work                           GET /my-work                                     ok  ok  ok  ok  ok  403 ok
      GET /my-work/children                  GET /my-work/children?format=csv                 ok  404 404 404 404 403 404
      GET /teams/{teamId}/work               GET /teams/T2/work                               403 ok  ok  ok  ok  403 ok
      GET /teams/{teamId}/work               GET /teams/T3/work?format=csv                    403 403 403 ok  ok  403 ok
      GET /teams/{teamId}/work/children      GET /teams/T2/work/children?format=xlsx          403 ok  ok  ok  ok  403 ok
      GET /data-quality                      GET /data-quality                                ok  ok  ok  ok  ok  403 ok
      GET /data-quality                      GET /data-quality?format=csv                     ok  ok  ok  ok  ok  403 ok
      GET /data-quality/teams                GET /data-quality/teams?format=csv               ok  ok  ok  ok  ok  403 ok
      GET /data-quality/workers              GET /data-quality/workers?format=csv             ok  ok  ok  ok  ok  403 ok
      GET /data-quality/rules                GET /data-quality/rules?format=xlsx              ok  ok  ok  ok  ok  403 ok
      GET /data-quality/fixed                GET /data-quality/fixed?format=csv               ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children             GET /data-quality/children?with-none=true        ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children             GET /data-quality/children?format=xlsx           ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children             GET /data-quality/children?team=T3&worker=W4&rule=DATE_FORMAT ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children             GET /data-quality/children?team=T3&severity=error&format=csv ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children             GET /data-quality/children?severity=awful        400 400 400 400 400 403 400
      GET /data-quality/children/{childId}   GET /data-quality/children/C04                   ok  ok  ok  ok  ok  403 ok
      GET /data-quality/children/{childId}   GET /data-quality/children/C05?format=csv        403 403 403 ok  ok  403 ok
      GET /workforce                         GET /workforce                                   ok  ok  ok  ok  ok  ok  ok
      GET /workforce/staffing                GET /workforce/staffing?format=csv               ok  ok  ok  ok  ok  ok  ok
      GET /admin/access-log                  GET /admin/access-log                            403 403 403 403 403 403 ok
      GET /admin/access-log/children/{childId} GET /admin/access-log/children/C04             403 403 403 403 403 403 ok
      POST /admin/access-log                 POST /admin/access-log?childId=C04               403 403 403 403 403 403 ok
      GET /audits                            GET /audits                                      ok  ok  ok  ok  ok  403 ok
      GET /audits/new                        GET /audits/new                                  403 403 ok  ok  403 403 ok
      POST /audits                           POST /audits?template=1&child=C99&auditor=nobody&due=2026-05-29 403 403 ok ok 403 403 ok
      GET /audits/{auditId:\\d{1,18}}        GET /audits/999999999                            404 404 404 404 404 403 404
      POST /audits/{auditId:\\d{1,18}}       POST /audits/999999999?action=draft              404 404 404 404 404 403 404
      POST /audits/{auditId:\\d{1,18}}/moderation POST /audits/999999999/moderation?grade=good 404 404 404 404 404 403 404
      POST /audits/{auditId:\\d{1,18}}/close POST /audits/999999999/close                     404 404 404 404 404 403 404
      GET /audits/results                    GET /audits/results                              ok  ok  ok  ok  ok  ok  ok
      GET /audits/results                    GET /audits/results?format=xlsx                  ok  ok  ok  ok  ok  ok  ok
      GET /audits/templates                  GET /audits/templates                            403 403 403 403 403 403 ok
      GET /audits/templates/new              GET /audits/templates/new                        403 403 403 403 403 403 ok
      POST /audits/templates                 POST /audits/templates?name=&questions=          403 403 403 403 403 403 ok
      GET /audits/templates/{templateId:\\d{1,18}} GET /audits/templates/1                    403 403 403 403 403 403 ok
      GET /audits/templates/{templateId:\\d{1,18}} GET /audits/templates/999999999            403 403 403 403 403 403 404
      GET /audits/templates/{templateId:\\d{1,18}}/versions/{version:\\d{1,9}} GET /audits/templates/1/versions/1 403 403 403 403 403 403 ok
      GET /audits/templates/{templateId:\\d{1,18}}/edit GET /audits/templates/1/edit         403 403 403 403 403 403 ok
      POST /audits/templates/{templateId:\\d{1,18}} POST /audits/templates/1?name=&questions= 403 403 403 403 403 403 ok
      GET /audits/themes                     GET /audits/themes                               403 403 403 403 403 403 ok
      POST /audits/themes                    POST /audits/themes?name=                        403 403 403 403 403 403 ok
      GET /improvement/inspections           GET /improvement/inspections                     ok  ok  ok  ok  ok  ok  ok
      GET /improvement/inspections/{id:\\d{1,18}} GET /improvement/inspections/9201 ok  ok  ok  ok  ok  ok  ok
      GET /improvement/inspections/{id:\\d{1,18}} GET /improvement/inspections/9299 404 404 404 404 404 404 404
      GET /improvement/inspections/new       GET /improvement/inspections/new                 403 403 403 ok  ok  403 ok
      POST /improvement/inspections          POST /improvement/inspections?kind=jtai&inspectedOn=2025-02-01&theme=Matrix 403 403 403 ok  ok  403 ok
      GET /improvement/inspections/{id:\\d{1,18}}/edit GET /improvement/inspections/9201/edit 403 403 403 ok  ok  403 ok
      POST /improvement/inspections/{id:\\d{1,18}} POST /improvement/inspections/9201?kind=ilacs&inspectedOn=2024-11-15&judgement=good 403 403 403 ok  ok  403 ok
      POST /improvement/inspections/{id:\\d{1,18}}/findings POST /improvement/inspections/9201/findings?kind=strength&text=Matrix 403 403 403 ok  ok  403 ok
      GET /improvement/findings/{id:\\d{1,18}}/edit GET /improvement/findings/9201/edit 403 403 403 ok  ok  403 ok
      POST /improvement/findings/{id:\\d{1,18}}  POST /improvement/findings/9201?kind=strength&text=Matrix 403 403 403 ok  ok  403 ok
      GET /improvement/actions               GET /improvement/actions                         ok  ok  ok  ok  ok  ok  ok
      GET /improvement/actions               GET /improvement/actions?status=not_started&overdue=true&sort=due-desc ok  ok  ok  ok  ok  ok  ok
      GET /improvement/actions               GET /improvement/actions?format=xlsx             ok  ok  ok  ok  ok  ok  ok
      GET /improvement/actions/{id:\\d{1,18}} GET /improvement/actions/9201       ok  ok  ok  ok  ok  ok  ok
      GET /improvement/actions/{id:\\d{1,18}} GET /improvement/actions/9299       404 404 404 404 404 404 404
      GET /improvement/actions/new           GET /improvement/actions/new?meeting=9201        403 403 403 ok  403 403 ok
      POST /improvement/actions              POST /improvement/actions?title=Matrix&owner=matrix-manager&startDate=2025-04-01&dueDate=2025-06-30&status=not_started 403 403 403 ok  403 403 ok
      GET /improvement/actions/{id:\\d{1,18}}/edit GET /improvement/actions/9201/edit 403 ok  403 403 403 403 ok
      POST /improvement/actions/{id:\\d{1,18}} POST /improvement/actions/9201?title=Matrix&owner=matrix-manager&startDate=2025-01-20&dueDate=2025-03-31&status=in_progress&rag=amber&note=Matrix 403 ok  403 403 403 403 ok
      GET /improvement/meetings              GET /improvement/meetings                        ok  ok  ok  ok  ok  ok  ok
      GET /improvement/meetings/{id:\\d{1,18}} GET /improvement/meetings/9201     ok  ok  ok  ok  ok  ok  ok
      GET /improvement/meetings/{id:\\d{1,18}} GET /improvement/meetings/9299     404 404 404 404 404 404 404
      GET /improvement/meetings/new          GET /improvement/meetings/new                    403 403 403 ok  ok  403 ok
      POST /improvement/meetings             POST /improvement/meetings?kind=other&heldOn=2025-02-01&title=Matrix 403 403 403 ok  ok  403 ok
      GET /improvement/meetings/{id:\\d{1,18}}/edit GET /improvement/meetings/9201/edit 403 403 403 ok  ok  403 ok
      POST /improvement/meetings/{id:\\d{1,18}} POST /improvement/meetings/9201?kind=other&heldOn=2025-02-01&title=Matrix 403 403 403 ok  ok  403 ok
      GET /api/indicators                    GET /api/indicators                              ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/values             GET /api/indicators/values                       ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/{id}/values        GET /api/indicators/cla_at_period_end/values     ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/{id}/values        GET /api/indicators/no_such_indicator/values     404 404 404 404 404 404 404
      GET /api/indicators/{id}/rows          GET /api/indicators/cla_at_period_end/rows       ok  ok  ok  ok  ok  403 ok
      GET /api/indicators/{id}/trend         GET /api/indicators/cla_at_period_end/trend      ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/comparison         GET /api/indicators/comparison                   ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/{id}/target        GET /api/indicators/cla_at_period_end/target     ok  ok  ok  ok  ok  ok  ok
      GET /api/indicators/{id}/benchmarks    GET /api/indicators/cla_at_period_end/benchmarks ok  ok  ok  ok  ok  ok  ok
      GET /v3/api-docs                       GET /v3/api-docs                                 ok  ok  ok  ok  ok  ok  ok
      GET /v3/api-docs.yaml                  GET /v3/api-docs.yaml                            ok  ok  ok  ok  ok  ok  ok
      """;

  /** The seven logins, in the table's column order. */
  static final List<OpenCscUser> LOGINS =
      List.of(
          TestUsers.scoped(Roles.SOCIAL_WORKER, "W3", "T2", "SA1", "matrix-worker"),
          TestUsers.scoped(Roles.TEAM_MANAGER, null, "T2", "SA1", "matrix-manager"),
          TestUsers.scoped(Roles.HEAD_OF_SERVICE, null, null, "SA1", "matrix-head"),
          TestUsers.scoped(Roles.DIRECTOR, null, null, null, "matrix-director"),
          TestUsers.scoped(Roles.PERFORMANCE_ANALYST, null, null, null, "matrix-analyst"),
          TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, "matrix-board"),
          TestUsers.scoped(Roles.ADMINISTRATOR, null, null, null, "matrix-admin"));

  /** Paths anyone may open without signing in. */
  static final Set<String> PUBLIC = Set.of("/login", "/error");

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theTableListsEveryEndpointTheApplicationMapsAndNoOther() {
    Set<String> listed =
        expectations().stream().map(Expectation::endpoint).collect(Collectors.toSet());
    Set<String> mapped = mappedEndpoints();

    assertThat(difference(mapped, listed))
        .as("endpoints the application maps that EXPECTATIONS does not list: add a line each")
        .isEmpty();
    assertThat(difference(listed, mapped))
        .as("endpoints EXPECTATIONS lists that the application no longer maps")
        .isEmpty();
  }

  @Test
  void everyRoleGetsTheExpectedAnswerFromEveryEndpoint() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Expectation expectation : expectations()) {
      for (int i = 0; i < LOGINS.size(); i++) {
        OpenCscUser login = LOGINS.get(i);
        MockHttpServletResponse response =
            mvc.perform(expectation.request().with(user(login)).with(csrf()))
                .andReturn()
                .getResponse();
        if (!expectation.outcomes().get(i).matches(response.getStatus())) {
          wrong.add(
              "%s as %s: expected %s, got %d"
                  .formatted(
                      expectation.requestLine(),
                      login.getRole(),
                      expectation.outcomes().get(i),
                      response.getStatus()));
        }
      }
    }
    assertThat(wrong).as("answers that differ from EXPECTATIONS").isEmpty();
  }

  @Test
  void withoutSigningInPagesSendToTheSignInPageAndTheApiAnswers401() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Expectation expectation : expectations()) {
      String path = expectation.path();
      if (PUBLIC.contains(path) || !expectation.method().equals("GET")) {
        continue;
      }
      MockHttpServletResponse response =
          mvc.perform(expectation.request()).andReturn().getResponse();
      boolean api = path.startsWith("/api/");
      boolean right =
          api
              ? response.getStatus() == 401
              : response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
      if (!right) {
        wrong.add(
            expectation.requestLine()
                + ": "
                + response.getStatus()
                + " "
                + response.getRedirectedUrl());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/login", "/structure", "/teams/T2/children", "/loads/9101")) {
      MockHttpServletResponse response =
          mvc.perform(MockMvcRequestBuilders.get(path).with(user(LOGINS.get(3))))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      assertThat(response.getHeader("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
    }
  }

  @Test
  void aPostWithoutACsrfTokenIsRefused() throws Exception {
    OpenCscUser admin = LOGINS.get(6);
    for (String path :
        List.of(
            "/loads",
            "/indicators/targets/cla_at_period_end?target=50&tolerance=5&reason=csrf",
            "/improvement/actions/9201?title=Csrf&owner=matrix-manager&startDate=2025-01-20"
                + "&dueDate=2025-03-31&status=in_progress&note=csrf",
            "/logout")) {
      assertThat(
              mvc.perform(MockMvcRequestBuilders.post(path).with(user(admin)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(path)
          .isEqualTo(403);
    }
    // the same target change with a token is taken, so the refusal above was the token's
    assertThat(
            mvc.perform(
                    MockMvcRequestBuilders.post(
                            "/indicators/targets/cla_at_period_end?target=50&tolerance=5"
                                + "&reason=csrf")
                        .with(user(admin))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(302);
  }

  /** "GET /teams/{id}" for each method and pattern Spring MVC maps. */
  private Set<String> mappedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<String> methods =
          info.getMethodsCondition().getMethods().stream()
              .map(Enum::name)
              .collect(Collectors.toSet());
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          endpoints.add("ANY " + pattern);
        }
        methods.forEach(method -> endpoints.add(method + " " + pattern));
      }
    }
    return endpoints;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> rest = new TreeSet<>(a);
    rest.removeAll(b);
    return rest;
  }

  static List<Expectation> expectations() {
    return EXPECTATIONS
        .lines()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(Expectation::parse)
        .toList();
  }

  /** What a role may get: any 2xx or 3xx, or one exact status. */
  record Outcome(int status) {

    static final Outcome OK = new Outcome(0);

    static Outcome parse(String word) {
      return word.equals("ok") ? OK : new Outcome(Integer.parseInt(word));
    }

    boolean matches(int actual) {
      return status == 0 ? actual >= 200 && actual < 400 : actual == status;
    }

    @Override
    public String toString() {
      return status == 0 ? "2xx or 3xx" : String.valueOf(status);
    }
  }

  /** One line of {@link #EXPECTATIONS}. */
  record Expectation(
      String endpoint, String method, String url, List<Outcome> outcomes, String requestLine) {

    static Expectation parse(String line) {
      String[] words = line.trim().split("\\s+");
      if (words.length != 4 + LOGINS.size()) {
        throw new IllegalArgumentException("a line of EXPECTATIONS needs 11 words: " + line);
      }
      return new Expectation(
          words[0] + " " + words[1],
          words[2],
          words[3],
          Arrays.stream(words, 4, words.length).map(Outcome::parse).toList(),
          words[2] + " " + words[3]);
    }

    String path() {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }

    MockHttpServletRequestBuilder request() {
      return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url);
    }
  }
}
