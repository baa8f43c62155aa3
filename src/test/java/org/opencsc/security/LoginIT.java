package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in, lockout, sign-out and the pages' security headers. Rolled back after each test. */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
class LoginIT {

  private static final String PASSWORD = "correct-horse";

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aPageNeedsASignedInUser() throws Exception {
    mvc.perform(get("/structure"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void theLoginPageIsAGovukFormWithACsrfToken() throws Exception {
    String body =
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(
                header()
                    .string(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(body);

    assertThat(page.select("form[action=/login] input[name=_csrf]").attr("value")).isNotBlank();
    assertThat(page.select("input#username.govuk-input")).hasSize(1);
    assertThat(page.select(".govuk-header").text()).contains("OpenCSC");
    assertThat(page.select(".govuk-phase-banner").text()).contains("Beta");
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[style]")).isEmpty();
  }

  @Test
  void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
    mvc.perform(get("/login").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void aLoginCreatedThroughUserAccountsCanSignIn() throws Exception {
    accounts.createOrUpdate(
        "Manager1 ", PASSWORD, "Mo Manager", Roles.TEAM_MANAGER, "W2", "T2", null);

    mvc.perform(formLogin().user("manager1").password(PASSWORD))
        .andExpect(authenticated().withUsername("manager1").withRoles(Roles.TEAM_MANAGER))
        // a team manager lands on their team's work
        .andExpect(redirectedUrl("/teams/T2/work"));
  }

  @Test
  void eachRoleLandsOnItsOwnPageUnlessItWasGoingElsewhere() throws Exception {
    accounts.createOrUpdate(
        "worker1", PASSWORD, "Wyn Worker", Roles.SOCIAL_WORKER, "W3", null, null);
    accounts.createOrUpdate("director1", PASSWORD, "Di Rector", Roles.DIRECTOR, null, null, null);

    mvc.perform(formLogin().user("worker1").password(PASSWORD))
        .andExpect(redirectedUrl("/my-work"));
    mvc.perform(formLogin().user("director1").password(PASSWORD)).andExpect(redirectedUrl("/"));

    // a worker sent to sign in on the way to a page goes back to that page
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/structure").session(session)).andExpect(redirectedUrl("/login"));
    mvc.perform(
            post("/login")
                .param("username", "worker1")
                .param("password", PASSWORD)
                .with(csrf())
                .session(session))
        .andExpect(redirectedUrlPattern("**/structure*"));
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    accounts.createOrUpdate(
        "worker1", PASSWORD, "Wyn Worker", Roles.SOCIAL_WORKER, "W1", null, null);

    mvc.perform(formLogin().user("worker1").password("wrong-password"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    assertThat(failedAttempts("worker1")).isEqualTo(1);
  }

  @Test
  void fiveWrongPasswordsInARowLockTheLogin() throws Exception {
    accounts.createOrUpdate(
        "head1", PASSWORD, "Hal Head", Roles.HEAD_OF_SERVICE, null, null, "SA1");

    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user("head1").password("wrong-" + i)).andExpect(unauthenticated());
    }

    assertThat(lockedNow("head1")).isTrue();
    mvc.perform(formLogin().user("head1").password(PASSWORD))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void aSuccessfulSignInResetsTheCount() throws Exception {
    accounts.createOrUpdate(
        "analyst1", PASSWORD, "Ana Lyst", Roles.PERFORMANCE_ANALYST, null, null, null);
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin().user("analyst1").password("wrong-" + i)).andExpect(unauthenticated());
    }

    mvc.perform(formLogin().user("analyst1").password(PASSWORD)).andExpect(authenticated());

    assertThat(failedAttempts("analyst1")).isZero();
    assertThat(lockedNow("analyst1")).isFalse();
  }

  @Test
  void aWrongPasswordAfterALockHasRunOutStartsTheCountAgain() throws Exception {
    accounts.createOrUpdate("board1", PASSWORD, "Bo Ard", Roles.BOARD_MEMBER, null, null, null);
    jdbc.sql(
            "update app_user set failed_attempts = 5, locked_until = now() - interval '1 minute'"
                + " where username = 'board1'")
        .update();

    mvc.perform(formLogin().user("board1").password("wrong")).andExpect(unauthenticated());

    assertThat(failedAttempts("board1")).isEqualTo(1);
    assertThat(lockedNow("board1")).isFalse();
  }

  @Test
  void signOutIsAPostWithCsrf() throws Exception {
    mvc.perform(post("/logout")).andExpect(status().isForbidden());
    mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
  }

  private int failedAttempts(String username) {
    return jdbc.sql("select failed_attempts from app_user where username = :u")
        .param("u", username)
        .query(Integer.class)
        .single();
  }

  private boolean lockedNow(String username) {
    return jdbc.sql(
            "select coalesce(locked_until > now(), false) from app_user where username = :u")
        .param("u", username)
        .query(Boolean.class)
        .single();
  }
}
