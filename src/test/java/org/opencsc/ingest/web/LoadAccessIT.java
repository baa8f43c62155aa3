package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may use the load history, endpoint by endpoint: its findings name children, so only
 * administrators, performance analysts and the Director see it, and only administrators start a
 * refresh. Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/ingest/web/load-history.sql")
class LoadAccessIT {

  private static final List<String> PAGES =
      List.of("/loads", "/loads/9101", "/loads/9101/findings.csv", "/loads/9101/findings.xlsx");

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(
      strings = {
        Roles.SOCIAL_WORKER,
        Roles.BOARD_MEMBER,
        Roles.TEAM_MANAGER,
        Roles.HEAD_OF_SERVICE
      })
  void otherRolesGetAGovukForbiddenPageOnEveryEndpoint(String role) throws Exception {
    for (String path : PAGES) {
      String body =
          mvc.perform(get(path).with(user(TestUsers.withRole(role))))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(body).select("h1").text())
          .as(path)
          .isEqualTo("You do not have access to this page");
      assertThat(withoutCsrfTokens(body)).as(path).doesNotContain("C02");
    }
    mvc.perform(post("/loads").with(csrf()).with(user(TestUsers.withRole(role))))
        .andExpect(status().isForbidden());
    assertThat(navigation(role, "/structure")).doesNotContain("Load history");
  }

  @ParameterizedTest
  @ValueSource(strings = {Roles.ADMINISTRATOR, Roles.PERFORMANCE_ANALYST, Roles.DIRECTOR})
  void administratorsAnalystsAndTheDirectorSeeEveryPage(String role) throws Exception {
    for (String path : PAGES) {
      mvc.perform(get(path).with(user(TestUsers.withRole(role)))).andExpect(status().isOk());
    }
    assertThat(navigation(role, "/loads")).contains("Load history");
  }

  @ParameterizedTest
  @ValueSource(strings = {Roles.PERFORMANCE_ANALYST, Roles.DIRECTOR})
  void onlyAnAdministratorMayStartARefresh(String role) throws Exception {
    mvc.perform(post("/loads").with(csrf()).with(user(TestUsers.withRole(role))))
        .andExpect(status().isForbidden());
    assertThat(loads(role).select("form#refresh")).isEmpty();
    assertThat(loads(Roles.ADMINISTRATOR).select("form#refresh[method=post] button").text())
        .isEqualTo("Refresh now");
    assertThat(loads(Roles.ADMINISTRATOR).select("form#refresh input[name=_csrf]").val())
        .isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/loads", "/loads/9101", "/loads/9101/findings.csv"})
  void signedOutUsersAreSentToSignIn(String path) throws Exception {
    mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
  }

  private Document loads(String role) throws Exception {
    return page(get("/loads"), role);
  }

  private String navigation(String role, String path) throws Exception {
    return page(get(path), role).select("#navigation").text();
  }

  private Document page(MockHttpServletRequestBuilder request, String role) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(user(TestUsers.withRole(role))))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
