package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may use targets and benchmarks, role by endpoint: only administrators see and change targets;
 * every signed-in role reads the council's comparison, targets and benchmarks from the JSON API (no
 * child is in them); nobody signed out gets anything. Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class TargetAccessIT {

  static final List<String> PAGES = List.of("/indicators/targets", "/indicators/targets/referrals");
  static final List<String> API =
      List.of(
          "/api/indicators/comparison",
          "/api/indicators/referrals/target",
          "/api/indicators/referrals/benchmarks");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @ParameterizedTest
  @ValueSource(
      strings = {
        Roles.SOCIAL_WORKER,
        Roles.TEAM_MANAGER,
        Roles.HEAD_OF_SERVICE,
        Roles.DIRECTOR,
        Roles.PERFORMANCE_ANALYST,
        Roles.BOARD_MEMBER
      })
  void otherRolesGetAGovukForbiddenPageAndCannotChangeATarget(String role) throws Exception {
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
    }
    mvc.perform(
            post("/indicators/targets/referrals")
                .param("target", "10")
                .param("reason", "Not mine to change")
                .with(csrf())
                .with(user(TestUsers.withRole(role))))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("select count(*) from indicator_target_change").query(Long.class).single())
        .isZero();
    String structure =
        mvc.perform(get("/structure").with(user(TestUsers.withRole(role))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(structure).select("#navigation-targets")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        Roles.SOCIAL_WORKER,
        Roles.TEAM_MANAGER,
        Roles.HEAD_OF_SERVICE,
        Roles.DIRECTOR,
        Roles.PERFORMANCE_ANALYST,
        Roles.BOARD_MEMBER,
        Roles.ADMINISTRATOR
      })
  void everySignedInRoleReadsTheJsonApi(String role) throws Exception {
    for (String path : API) {
      mvc.perform(get(path).with(user(TestUsers.withRole(role)))).andExpect(status().isOk());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/indicators/targets", "/indicators/targets/referrals"})
  void administratorsSeeThePages(String path) throws Exception {
    mvc.perform(get(path).with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
        .andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/indicators/targets", "/indicators/targets/referrals"})
  void signedOutBrowsersAreSentToSignIn(String path) throws Exception {
    // as a browser asks for a page (without an Accept header Spring Security answers 401)
    mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/indicators/comparison",
        "/api/indicators/referrals/target",
        "/api/indicators/referrals/benchmarks"
      })
  void theApiAnswers401WhenSignedOut(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
  }
}
