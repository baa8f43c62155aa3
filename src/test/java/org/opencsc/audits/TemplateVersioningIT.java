package org.opencsc.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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
 * Editing a template saves a new version: the default template of V23 is version 1; an audit
 * started on it keeps its questions after the administrator saves version 2, which new audits use,
 * and version 1 stays readable.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/drilldown/child-record.sql", "/org/opencsc/audits/audit-logins.sql"})
class TemplateVersioningIT {

  static final String VERSION_2 =
      """
      # The child's voice
      graded: Are the child's wishes recorded in their words?
      guidance: Quotes, drawings, direct work.
      # Outcome
      text: What changed for the child?
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTemplates templates;
  @Autowired AuditService audits;

  long templateId() {
    return jdbc.sql("select template_id from audit_template where name = 'Case file audit'")
        .query(Long.class)
        .single();
  }

  @Test
  void theDefaultTemplateHasFiveSections() {
    TemplateVersion v1 = templates.latest(templateId()).orElseThrow();

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.sections())
        .extracting(TemplateSection::title)
        .containsExactly(
            "The child's lived experience and voice",
            "Assessment",
            "Planning and review",
            "Management oversight and supervision",
            "Impact and outcome");
    assertThat(v1.questionCount()).isEqualTo(12);
  }

  @Test
  void aSaveIsANewVersionAndAuditsKeepTheirs() throws Exception {
    long id = templateId();
    long before =
        audits.assign(
            new Assignment(id, "C1", null, "audit-manager", java.time.LocalDate.of(2026, 5, 1)),
            AuditLogins.admin());

    // The editor shows version 1 as text.
    Document edit = Pages.page(mvc, "/audits/templates/" + id + "/edit", AuditLogins.admin());
    assertThat(edit.selectFirst("#questions").text())
        .startsWith("# The child's lived experience and voice\ngraded: Is the child seen");

    mvc.perform(
            post("/audits/templates/" + id)
                .with(user(AuditLogins.admin()))
                .with(csrf())
                .param("name", "Case file audit")
                .param("questions", VERSION_2))
        .andExpect(status().is3xxRedirection());

    TemplateVersion v2 = templates.latest(id).orElseThrow();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.savedBy()).isEqualTo("audit-admin");
    assertThat(v2.questionCount()).isEqualTo(2);
    assertThat(templates.version(id, 1).orElseThrow().questionCount()).isEqualTo(12);

    // The audit started before keeps version 1; a new one gets version 2.
    assertThat(audits.find(before).orElseThrow().template().version()).isEqualTo(1);
    long after =
        audits.assign(
            new Assignment(id, "C1", null, "audit-manager", java.time.LocalDate.of(2026, 5, 1)),
            AuditLogins.admin());
    assertThat(audits.find(after).orElseThrow().template().version()).isEqualTo(2);
    Document old = Pages.page(mvc, "/audits/" + before, AuditLogins.manager());
    assertThat(old.select("[id^=section-]")).hasSize(5);
    Document current = Pages.page(mvc, "/audits/" + after, AuditLogins.manager());
    assertThat(current.select("[id^=section-]").eachText())
        .containsExactly("Section 1: The child's voice", "Section 2: Outcome");

    // Both versions are listed and readable.
    Document page = Pages.page(mvc, "/audits/templates/" + id, AuditLogins.admin());
    assertThat(page.select("tr[id^=version-]").eachAttr("id"))
        .containsExactly("version-2", "version-1");
    Document v1 = Pages.page(mvc, "/audits/templates/" + id + "/versions/1", AuditLogins.admin());
    assertThat(v1.select("h1").text()).isEqualTo("Case file audit, version 1");
    assertThat(v1.select("#older").text()).contains("The newest is version 2");
  }

  @Test
  void aTemplateWithProblemsIsNotSaved() throws Exception {
    long id = templateId();
    String page =
        mvc.perform(
                post("/audits/templates/" + id)
                    .with(user(AuditLogins.admin()))
                    .with(csrf())
                    .param("name", "")
                    .param("questions", "# Section\nscored: what?"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(Jsoup.parse(page).select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "Enter a name for the template",
            "Line 2: start the line with #, graded:, text: or guidance:",
            "Line 2: the section above has no question");
    assertThat(templates.versions(id)).hasSize(1);
  }

  @Test
  void anAdministratorCreatesATemplateAndOnlyAnAdministrator() throws Exception {
    mvc.perform(
            post("/audits/templates")
                .with(user(TestUsers.director()))
                .with(csrf())
                .param("name", "Thematic audit")
                .param("questions", VERSION_2))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/audits/templates")
                .with(user(AuditLogins.admin()))
                .with(csrf())
                .param("name", "Thematic audit")
                .param("questions", VERSION_2))
        .andExpect(status().is3xxRedirection());

    assertThat(
            Pages.page(mvc, "/audits/templates", AuditLogins.admin())
                .select("tr[id^=template-] th")
                .eachText())
        .containsExactly("Case file audit", "Thematic audit");
    mvc.perform(get("/audits/templates").with(user(TestUsers.director())))
        .andExpect(status().isForbidden());
  }
}
