package org.opencsc.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opencsc.improvement.ActionDraft;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.FieldChange;
import org.opencsc.improvement.ImprovementAction;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case audit findings raise improvement actions ({@code audit-raised.sql}: audit 9251 moderated
 * from good to requires improvement with two themes, child AUDCHILD-7731, the auditor's words
 * naming the Quennell family; 9252 still in progress). The action starts from the audit's final
 * grade and themes and never carries the child or the auditor's words. Rolled back after each.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/council/council-structure.sql", "/org/opencsc/improvement/audit-raised.sql"})
class AuditActionsIT {

  static final String CHILD = "AUDCHILD-7731";
  static final String FAMILY = "Quennell";

  static final OpenCscUser ADMIN =
      TestUsers.scoped(Roles.ADMINISTRATOR, null, null, null, "aa-admin");
  static final OpenCscUser DIRECTOR =
      TestUsers.scoped(Roles.DIRECTOR, null, null, null, "aa-director");
  static final OpenCscUser ANALYST =
      TestUsers.scoped(Roles.PERFORMANCE_ANALYST, null, null, null, "aa-analyst");
  static final OpenCscUser AUDITOR =
      TestUsers.scoped(Roles.TEAM_MANAGER, null, "T2", "SA1", "aa-auditor");
  static final OpenCscUser BOARD =
      TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, "aa-board");

  @Autowired MockMvc mvc;
  @Autowired ImprovementPlan plan;
  @Autowired JdbcClient jdbc;

  String html(String path, OpenCscUser login) throws Exception {
    return mvc.perform(get(path).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anAdministratorRaisesAnActionFromAModeratedAudit() throws Exception {
    String formHtml = html("/improvement/actions/new?audit=9251", ADMIN);
    Document form = Jsoup.parse(formHtml);
    assertThat(form.select("#raised-by-audit").text()).isEqualTo("Raised by case audit 9251");
    assertThat(form.select("input#audit").val()).isEqualTo("9251");
    String description = form.select("textarea#description").text();
    // The moderator's grade, not the auditor's; the themes in order of name.
    assertThat(description)
        .contains("Raised by case audit 9251.")
        .contains("Final grade: Requires improvement.")
        .contains("Learning themes: Drift and delay, Voice of the child.")
        .doesNotContain("Good");
    assertThat(Pages.withoutCsrfTokens(formHtml)).doesNotContain(CHILD, FAMILY);

    String location =
        mvc.perform(
                post("/improvement/actions")
                    .param("title", "Tighten plans that drift")
                    .param("description", form.select("textarea#description").val())
                    .param("owner", "aa-owner")
                    .param("startDate", "2025-06-01")
                    .param("dueDate", "2025-09-30")
                    .param("status", "not_started")
                    .param("audit", "9251")
                    .with(user(ADMIN))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/improvement/actions/".length()));
    ImprovementAction action = plan.action(id).orElseThrow();
    assertThat(action.auditId()).isEqualTo(9251L);
    assertThat(action.description()).doesNotContain(CHILD, FAMILY);
    assertThat(plan.history(id).get(0).changes()).contains(new FieldChange("audit", null, "9251"));

    Document page = Pages.page(mvc, location, ADMIN);
    assertThat(page.select("#audit a").attr("href")).isEqualTo("/audits/9251");
    assertThat(page.select("#audit a").text()).isEqualTo("Raised by case audit 9251");

    // Another action, raised by no audit, is not in the plan filtered by the audit.
    long other = plan.create(draft("Unrelated action", null), "aa-admin");
    Document filtered = Pages.page(mvc, "/improvement/actions?audit=9251", DIRECTOR);
    assertThat(filtered.select("#actions tbody tr").eachAttr("id")).containsExactly("action-" + id);
    assertThat(filtered.select("#audit-filter a").first().attr("href")).isEqualTo("/audits/9251");
    assertThat(filtered.select("a[href*=format=csv]").attr("href"))
        .isEqualTo("/improvement/actions?audit=9251&format=csv");
    assertThat(Pages.page(mvc, "/improvement/actions", DIRECTOR).select("#actions tbody tr"))
        .extracting(e -> e.attr("id"))
        .contains("action-" + id, "action-" + other);

    // The download names the audit in a column of its own.
    List<List<String>> csv =
        Pages.csv(Pages.download(mvc, "/improvement/actions?audit=9251&format=csv", BOARD));
    int column = csv.get(0).indexOf("Raised by case audit");
    assertThat(column).isNotNegative();
    assertThat(csv).hasSize(2);
    assertThat(csv.get(1).get(column)).isEqualTo("9251");
  }

  @Test
  void aBoardMemberReadsTheActionWithoutTheChildButMayNotOpenTheAudit() throws Exception {
    long id = plan.create(draft("Tighten plans that drift", 9251L), "aa-admin");

    String page = html("/improvement/actions/" + id, BOARD);
    assertThat(Jsoup.parse(page).select("#audit a").attr("href")).isEqualTo("/audits/9251");
    assertThat(Pages.withoutCsrfTokens(page)).doesNotContain(CHILD, FAMILY);
    // The audit page itself decides: it names a child, so the board is refused.
    mvc.perform(get("/audits/9251").with(user(BOARD))).andExpect(status().isForbidden());
  }

  @Test
  void anUnknownOrUnfinishedAuditIsRefusedOnTheForm() throws Exception {
    Document unknown = Pages.page(mvc, "/improvement/actions/new?audit=999999", DIRECTOR);
    assertThat(unknown.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#audit");
    assertThat(unknown.select(".govuk-error-summary__list a").eachText())
        .containsExactly("There is no case audit with this number");
    assertThat(unknown.select("#raised-by-audit")).isEmpty();
    assertThat(unknown.select("input#audit").val()).isEqualTo("999999");

    Document unfinished = Pages.page(mvc, "/improvement/actions/new?audit=9252", DIRECTOR);
    assertThat(unfinished.select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "This case audit has not been submitted yet: an action is raised from its findings");

    for (String audit : List.of("999999", "9252", "nine")) {
      Document posted =
          Jsoup.parse(
              mvc.perform(
                      post("/improvement/actions")
                          .param("title", "Raised by nothing real")
                          .param("owner", "aa-owner")
                          .param("startDate", "2025-06-01")
                          .param("dueDate", "2025-09-30")
                          .param("status", "not_started")
                          .param("audit", audit)
                          .with(user(DIRECTOR))
                          .with(csrf()))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8));
      assertThat(posted.select(".govuk-error-summary__list a").eachAttr("href"))
          .containsExactly("#audit");
      assertThat(posted.select("#audit-error").text()).isNotBlank();
    }
    assertThat(jdbc.sql("select count(*) from improvement_action").query(Long.class).single())
        .isZero();
  }

  @Test
  void theAuditPageLinksToTheActionsOnlyForThoseWhoCreateThem() throws Exception {
    for (OpenCscUser planner : List.of(ADMIN, DIRECTOR)) {
      Document page = Pages.page(mvc, "/audits/9251", planner);
      assertThat(page.select("#raise-action").attr("href"))
          .isEqualTo("/improvement/actions/new?audit=9251");
      assertThat(page.select("#raise-action").text()).isEqualTo("Raise an improvement action");
      assertThat(page.select("#raised-actions").attr("href"))
          .isEqualTo("/improvement/actions?audit=9251");
      assertThat(page.select("#raised-actions").text()).isEqualTo("Actions raised by this audit");
    }
    for (OpenCscUser other : List.of(ANALYST, AUDITOR)) {
      assertThat(Pages.page(mvc, "/audits/9251", other).select("#improvement-links")).isEmpty();
    }
    // An audit still in progress has no findings to act on yet.
    Document open = Pages.page(mvc, "/audits/9252", ADMIN);
    assertThat(open.select("h1").text()).contains("9252");
    assertThat(open.select("#improvement-links")).isEmpty();
  }

  private static ActionDraft draft(String title, @Nullable Long auditId) {
    return new ActionDraft(
        title,
        "",
        "aa-owner",
        null,
        LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 9, 30),
        ActionStatus.NOT_STARTED,
        null,
        "",
        null,
        auditId,
        List.of(),
        List.of());
  }
}
