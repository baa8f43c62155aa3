package org.opencsc.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.security.OpenCscUser;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case audit workflow through the pages, on the council of {@code child-record.sql} (C1 with
 * worker W4, team T3, service area SA2; C2 with W5, T1, SA1) and the logins of {@code
 * audit-logins.sql}: assign, draft, submit, moderate (a different grade needs a reason), close; and
 * who may see what. Each test is rolled back; the access log, written in transactions of its own,
 * is read back by path.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/drilldown/child-record.sql", "/org/opencsc/audits/audit-logins.sql"})
class AuditWorkflowIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTemplates templates;

  long templateId() {
    return jdbc.sql("select template_id from audit_template where name = 'Case file audit'")
        .query(Long.class)
        .single();
  }

  /** Assigns an audit of the child to the auditor as {@code by}; returns its id. */
  long assign(String childId, String auditor, OpenCscUser by) throws Exception {
    String location =
        mvc.perform(
                post("/audits")
                    .with(user(by))
                    .with(csrf())
                    .param("template", String.valueOf(templateId()))
                    .param("child", childId)
                    .param("worker", "")
                    .param("auditor", auditor)
                    .param("due", "2026-05-29"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/audits/\\d+");
    return Long.parseLong(location.substring("/audits/".length()));
  }

  /** Every question answered: graded ones "good", text ones in words. */
  MockHttpServletRequestBuilder complete(long auditId, OpenCscUser auditor, String action) {
    return complete(auditId, auditor, action, "Clear plan", "Record supervision");
  }

  MockHttpServletRequestBuilder complete(
      long auditId, OpenCscUser auditor, String action, String strengths, String areas) {
    MockHttpServletRequestBuilder request =
        post("/audits/" + auditId).with(user(auditor)).with(csrf()).param("action", action);
    for (TemplateSection section : templates.latest(templateId()).orElseThrow().sections()) {
      for (TemplateQuestion question : section.questions()) {
        String field = section.no() + "-" + question.no();
        if (question.kind() == QuestionKind.GRADED) {
          request.param("grade-" + field, "good");
        } else {
          request.param("text-" + field, "Seen weekly; says she likes her school.");
        }
      }
    }
    return request.param("overall", "good").param("strengths", strengths).param("areas", areas);
  }

  String state(long auditId) {
    return jdbc.sql("select state from audit where audit_id = :id")
        .param("id", auditId)
        .query(String.class)
        .single();
  }

  String html(String path, OpenCscUser login) throws Exception {
    return mvc.perform(get(path).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anAuditGoesFromAssignedToClosedWithWhoAndWhenAtEachStep() throws Exception {
    long id = assign("C1", "audit-manager", AuditLogins.admin());

    // The worker allocated in the served snapshot, with the team and service area they were in.
    assertThat(
            jdbc.sql(
                    "select worker_id || ' ' || team_id || ' ' || service_area_id || ' ' || auditor"
                        + " from audit where audit_id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("W4 T3 SA2 audit-manager");
    assertThat(state(id)).isEqualTo("assigned");

    // The auditor sees the child and worker and the form, though C1 is not in team T1's scope.
    Document page = Pages.page(mvc, "/audits/" + id, AuditLogins.manager());
    assertThat(page.select("h1").text()).isEqualTo("Audit " + id + ": child C1");
    assertThat(page.select("#summary").text()).contains("Dev Patel", "Looked After Children");
    assertThat(page.select("#audit-form")).hasSize(1);
    assertThat(page.select("#moderation-form")).isEmpty();

    // A draft: one answer, no overall grade.
    mvc.perform(
            post("/audits/" + id)
                .with(user(AuditLogins.manager()))
                .with(csrf())
                .param("action", "draft")
                .param("grade-1-1", "requires-improvement")
                .param("text-1-3", "Draft words"))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("in-progress");
    page = Pages.page(mvc, "/audits/" + id, AuditLogins.manager());
    assertThat(page.selectFirst("#grade-1-1-requires-improvement").hasAttr("checked")).isTrue();
    assertThat(page.selectFirst("#text-1-3").text()).isEqualTo("Draft words");

    // Submitting with questions unanswered is refused with the error summary; nothing changes.
    String refused =
        mvc.perform(
                post("/audits/" + id)
                    .with(user(AuditLogins.manager()))
                    .with(csrf())
                    .param("action", "submit")
                    .param("grade-1-1", "good"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document errors = Jsoup.parse(refused);
    // 12 questions, 1 answered, and no overall grade: 11 + 1 errors.
    assertThat(errors.select(".govuk-error-summary__list li")).hasSize(12);
    assertThat(errors.select(".govuk-error-summary__list a").first().attr("href"))
        .isEqualTo("#grade-1-2");
    assertThat(state(id)).isEqualTo("in-progress");

    mvc.perform(complete(id, AuditLogins.manager(), "submit"))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("submitted");
    // Once submitted the auditor can change nothing.
    mvc.perform(complete(id, AuditLogins.manager(), "draft")).andExpect(status().isConflict());

    // The auditor may not moderate (a team manager in any case); the head of SA2 may.
    mvc.perform(
            post("/audits/" + id + "/moderation")
                .with(user(AuditLogins.manager()))
                .with(csrf())
                .param("grade", "good"))
        .andExpect(status().isForbidden());
    page = Pages.page(mvc, "/audits/" + id, AuditLogins.headOfSa2());
    assertThat(page.select("#moderation-form")).hasSize(1);
    assertThat(page.selectFirst("#moderated-grade-good").hasAttr("checked")).isTrue();

    // A different grade without a reason: refused, still submitted.
    String noReason =
        mvc.perform(
                post("/audits/" + id + "/moderation")
                    .with(user(AuditLogins.headOfSa2()))
                    .with(csrf())
                    .param("grade", "requires-improvement")
                    .param("reason", " "))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(noReason).select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#moderation-reason");
    assertThat(state(id)).isEqualTo("submitted");

    mvc.perform(
            post("/audits/" + id + "/moderation")
                .with(user(AuditLogins.headOfSa2()))
                .with(csrf())
                .param("grade", "requires-improvement")
                .param("reason", "Visits were late twice in the quarter"))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("moderated");

    mvc.perform(post("/audits/" + id + "/close").with(user(AuditLogins.headOfSa2())).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(state(id)).isEqualTo("closed");

    assertThat(
            jdbc.sql(
                    "select coalesce(from_state, '-') || '>' || to_state || ' ' || by_username"
                        + " from audit_transition where audit_id = :id order by transition_id")
                .param("id", id)
                .query(String.class)
                .list())
        .containsExactly(
            "->assigned audit-admin",
            "assigned>in-progress audit-manager",
            "in-progress>submitted audit-manager",
            "submitted>moderated audit-head-sa2",
            "moderated>closed audit-head-sa2");
    page = Pages.page(mvc, "/audits/" + id, AuditLogins.manager());
    assertThat(page.select("#summary-moderated").text()).contains("Requires improvement");
    assertThat(page.select("#audit-form")).isEmpty();
    assertThat(page.select("#history tbody tr, table:has(caption:contains(Changes)) tbody tr"))
        .hasSize(5);
  }

  @Test
  void aModeratorsSameGradeNeedsNoReason() throws Exception {
    long id = assign("C1", "audit-manager", AuditLogins.admin());
    mvc.perform(complete(id, AuditLogins.manager(), "submit"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            post("/audits/" + id + "/moderation")
                .with(user(AuditLogins.admin()))
                .with(csrf())
                .param("grade", "good")
                .param("reason", ""))
        .andExpect(status().is3xxRedirection());

    assertThat(state(id)).isEqualTo("moderated");
  }

  @Test
  void anAuditorIsRefusedAnotherAuditorsAudit() throws Exception {
    long id = assign("C2", "audit-manager", AuditLogins.admin());

    // W5 holds C2, so may see the child, but the audit is not theirs: 403 and a refused line.
    mvc.perform(get("/audits/" + id).with(user(AuditLogins.worker())))
        .andExpect(status().isForbidden());
    mvc.perform(complete(id, AuditLogins.worker(), "draft")).andExpect(status().isForbidden());
    assertThat(state(id)).isEqualTo("assigned");
    assertThat(
            jdbc.sql(
                    "select action || ' ' || child_id from access_log"
                        + " where username = 'audit-worker' and path = :path")
                .param("path", "/audits/" + id)
                .query(String.class)
                .list())
        .contains("refused C2");
    // Their own list does not have it.
    Document list = Pages.page(mvc, "/audits", AuditLogins.worker());
    assertThat(list.select("#audit-" + id)).isEmpty();

    // The auditor's view is logged as a view of the child.
    Pages.page(mvc, "/audits/" + id, AuditLogins.manager());
    assertThat(
            jdbc.sql(
                    "select action || ' ' || child_id from access_log"
                        + " where username = 'audit-manager' and path = :path")
                .param("path", "/audits/" + id)
                .query(String.class)
                .list())
        .contains("view C2");
  }

  @Test
  void aHeadOfServiceSeesOnlyTheAuditsOfChildrenInTheirScope() throws Exception {
    long c1 = assign("C1", "audit-manager", AuditLogins.admin());
    long c2 = assign("C2", "audit-worker", AuditLogins.admin());

    Document sa2 = Pages.page(mvc, "/audits", AuditLogins.headOfSa2());
    assertThat(sa2.select("tr[id^=audit-]").eachAttr("id")).containsExactly("audit-" + c1);
    mvc.perform(get("/audits/" + c2).with(user(AuditLogins.headOfSa2())))
        .andExpect(status().isForbidden());

    // C1 was W3's in team T2 (SA1) until October 2025, within the 12 months: SA1 sees both.
    Document sa1 = Pages.page(mvc, "/audits", AuditLogins.headOfSa1());
    assertThat(sa1.select("tr[id^=audit-]").eachAttr("id"))
        .containsExactlyInAnyOrder("audit-" + c1, "audit-" + c2);

    // A head of service assigns only children in scope.
    String outOfScope =
        mvc.perform(
                post("/audits")
                    .with(user(AuditLogins.headOfSa2()))
                    .with(csrf())
                    .param("template", String.valueOf(templateId()))
                    .param("child", "C2")
                    .param("auditor", "audit-manager")
                    .param("due", "2026-05-29"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(outOfScope).select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#child");

    // The director sees both; a team manager of T1 sees C2's (in scope) and C1's (their own).
    assertThat(
            Pages.page(mvc, "/audits", TestUsers.director())
                .select("tr[id^=audit-]")
                .eachAttr("id"))
        .containsExactlyInAnyOrder("audit-" + c1, "audit-" + c2);
    assertThat(
            Pages.page(mvc, "/audits", AuditLogins.manager())
                .select("tr[id^=audit-]")
                .eachAttr("id"))
        .containsExactlyInAnyOrder("audit-" + c1, "audit-" + c2);
  }

  @Test
  void assigningChecksTheChildTheWorkerAndTheAuditor() throws Exception {
    String page =
        mvc.perform(
                post("/audits")
                    .with(user(AuditLogins.admin()))
                    .with(csrf())
                    .param("template", String.valueOf(templateId()))
                    .param("child", "C3")
                    .param("auditor", "audit-board")
                    .param("due", "29/05/2026"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    // C3 is never allocated (no worker to default to); a board member cannot audit; a bad date.
    assertThat(Jsoup.parse(page).select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#due");
    page =
        mvc.perform(
                post("/audits")
                    .with(user(AuditLogins.admin()))
                    .with(csrf())
                    .param("template", String.valueOf(templateId()))
                    .param("child", "C3")
                    .param("auditor", "audit-board")
                    .param("due", "2026-05-29"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(page).select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#worker", "#auditor");
    assertThat(jdbc.sql("select count(*) from audit").query(Long.class).single()).isZero();

    // Naming the worker makes it.
    mvc.perform(
            post("/audits")
                .with(user(AuditLogins.admin()))
                .with(csrf())
                .param("template", String.valueOf(templateId()))
                .param("child", "C3")
                .param("worker", "W1")
                .param("auditor", "audit-worker")
                .param("due", "2026-05-29"))
        .andExpect(status().is3xxRedirection());
    // A team manager may not assign.
    mvc.perform(get("/audits/new").with(user(AuditLogins.manager())))
        .andExpect(status().isForbidden());
  }

  @Test
  void theBoardSeesResultsButNoChild() throws Exception {
    long id = assign("C1", "audit-manager", AuditLogins.admin());
    mvc.perform(complete(id, AuditLogins.manager(), "submit"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/audits").with(user(AuditLogins.board()))).andExpect(status().isForbidden());
    mvc.perform(get("/audits/" + id).with(user(AuditLogins.board())))
        .andExpect(status().isForbidden());

    String results = Pages.withoutCsrfTokens(html("/audits/results", AuditLogins.board()));
    Document page = Jsoup.parse(results);
    // One audit, graded good: the council, SA2, T3 and W4 each count 1 at 100% good or better.
    assertThat(page.select("#results-council tbody tr td").eachText())
        .containsExactly(quarterNow(), "1", "0", "1", "0", "0", "100%");
    assertThat(page.select("#results-team tbody tr th").text()).isEqualTo("Looked After Children");
    assertThat(page.select("#results-worker tbody tr th").text()).isEqualTo("Dev Patel");
    assertThat(results).doesNotContain("C1");

    List<List<String>> board =
        Pages.csv(Pages.download(mvc, "/audits/results?format=csv", AuditLogins.board()));
    assertThat(board.get(0)).doesNotContain("Child ID", "Strengths");
    assertThat(board).hasSize(2);
    assertThat(board.get(1)).doesNotContain("C1", "Clear plan");
    assertThat(board.get(1)).contains(String.valueOf(id), "W4", "Dev Patel", "Good");

    List<List<String>> director =
        Pages.csv(Pages.download(mvc, "/audits/results?format=csv", TestUsers.director()));
    assertThat(director.get(0)).contains("Child ID", "Strengths");
    assertThat(director.get(1)).contains("C1", "Clear plan");
    // Another team's manager (T1 never held C1 in the 12 months) gets the row, without the
    // child or the words.
    List<List<String>> other =
        Pages.csv(
            Pages.download(
                mvc,
                "/audits/results?format=csv",
                TestUsers.scoped("TEAM_MANAGER", null, "T1", null, "audit-t1-other")));
    assertThat(other.get(0)).contains("Child ID");
    assertThat(other.get(1)).doesNotContain("C1", "Clear plan");
  }

  @Test
  void theChildsPageListsTheAuditsTheLoginMayOpen() throws Exception {
    long id = assign("C1", "audit-manager", AuditLogins.admin());

    Document director = Pages.page(mvc, "/children/C1", TestUsers.director());
    assertThat(director.select("#audits tr[id^=child-audit-]").eachAttr("id"))
        .containsExactly("child-audit-" + id);
    assertThat(director.select("#child-audit-" + id + " a").attr("href"))
        .isEqualTo("/audits/" + id);
    // W4 holds C1 and may see the child's page, but audits only what is assigned to them.
    Document worker =
        Pages.page(
            mvc, "/children/C1", TestUsers.scoped("SOCIAL_WORKER", "W4", null, null, "audit-w4"));
    assertThat(worker.select("#audits")).isEmpty();
  }

  @Test
  void resultsCountTheModeratedGradeOnceModeratedAndTheThemes() throws Exception {
    long themeId =
        jdbc.sql("select theme_id from audit_theme where name = 'Drift and delay'")
            .query(Long.class)
            .single();
    // C1 (W4, T3): good, moderated down to inadequate, tagged Drift and delay.
    long c1 = assign("C1", "audit-manager", AuditLogins.admin());
    mvc.perform(complete(c1, AuditLogins.manager(), "submit").param("theme", "" + themeId))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/audits/" + c1 + "/moderation")
                .with(user(AuditLogins.admin()))
                .with(csrf())
                .param("grade", "inadequate")
                .param("reason", "No visit for 10 weeks"))
        .andExpect(status().is3xxRedirection());
    // C2 (W5, T1): good, submitted only; another C1 audit only assigned (not counted).
    long c2 = assign("C2", "audit-manager", AuditLogins.admin());
    mvc.perform(complete(c2, AuditLogins.manager(), "submit"))
        .andExpect(status().is3xxRedirection());
    assign("C1", "audit-worker", AuditLogins.admin());

    Document page = Pages.page(mvc, "/audits/results", TestUsers.director());
    // Council: 2 audits, 1 good and 1 inadequate: 50% good or better.
    assertThat(page.select("#results-council tbody tr td").eachText())
        .containsExactly(quarterNow(), "2", "0", "1", "0", "1", "50%");
    assertThat(page.select("#results-worker tbody tr").eachText())
        .containsExactly(
            "Dev Patel " + quarterNow() + " 1 0 0 0 1 0%",
            "Eve Ford " + quarterNow() + " 1 0 1 0 0 100%");
    assertThat(page.select("#themes tbody tr").first().text()).isEqualTo("Drift and delay 1");
    assertThat(page.select("#themes tbody tr").get(1).text()).endsWith(" 0");
  }

  @Test
  void theExportWritesFormulaLikeWordsAsText() throws Exception {
    long id = assign("C1", "audit-manager", AuditLogins.admin());
    mvc.perform(
            complete(
                id,
                AuditLogins.manager(),
                "submit",
                "=HYPERLINK(\"http://example.org\")",
                "-1 visits"))
        .andExpect(status().is3xxRedirection());

    var xlsx = Pages.download(mvc, "/audits/results?format=xlsx", TestUsers.director());
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      List<String> headings =
          rows.get(0).stream().map(c -> c == null ? "" : c.getRawValue()).toList();
      int strengths = headings.indexOf("Strengths");
      int areas = headings.indexOf("Areas to improve");
      Row row = rows.get(1);
      assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
      assertThat(row.getCell(headings.indexOf("Child ID")).getRawValue()).isEqualTo("C1");
      assertThat(row.getCell(strengths).getType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(strengths).getRawValue())
          .isEqualTo("=HYPERLINK(\"http://example.org\")");
      assertThat(row.getCell(areas).getType()).isEqualTo(CellType.STRING);
    }
    List<List<String>> csv =
        Pages.csv(Pages.download(mvc, "/audits/results?format=csv", TestUsers.director()));
    assertThat(csv.get(1)).contains("'=HYPERLINK(\"http://example.org\")", "'-1 visits");
    // A download of rows naming children is in the access log.
    assertThat(
            jdbc.sql(
                    "select action || ' ' || list || ' ' || row_count from access_log"
                        + " where username = 'test-director' and path = '/audits/results'"
                        + " order by access_id desc limit 1")
                .query(String.class)
                .single())
        .isEqualTo("export case audit results 1");
  }

  static String quarterNow() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    String[] names = {
      "January to March", "April to June", "July to September", "October to December"
    };
    return names[(today.getMonthValue() - 1) / 3] + " " + today.getYear();
  }
}
