package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each demo login signs in through the real form in Chromium, lands on its landing page and sees
 * its own name; a wrong password keeps the person on the sign-in page with the GOV.UK error
 * summary. Every page shown is screenshot and checked with axe-core.
 */
class SignInBrowserIT {

  /**
   * Where each login lands after signing in: a social worker on "My work", a team manager on the
   * team's work ({@code TEAM} stands for the demo manager's team), everyone else on the overview.
   */
  static final Map<String, String> LANDING =
      Map.of(
          "director", "/",
          "analyst", "/",
          "head", "/",
          "manager", "/teams/TEAM/work",
          "worker", "/my-work",
          "board", "/",
          "admin", "/");

  static final java.util.List<String> LOGINS = BrowserApp.LOGINS;

  private final BrowserApp app = BrowserApp.get();

  @ParameterizedTest
  @FieldSource("LOGINS")
  void eachLoginSignsInAndSeesItsName(String login) {
    String name =
        app.jdbc()
            .sql("select display_name from app_user where username = :login")
            .param("login", login)
            .query(String.class)
            .single();
    try (BrowserSession session = new BrowserSession(app, "sign-in-" + login)) {
      session.signIn(login, BrowserApp.PASSWORD);
      Page page = session.page();

      assertThat(URI.create(page.url()).getPath())
          .isEqualTo(LANDING.get(login).replace("TEAM", app.council().teamId()));
      assertThat(page.locator("#navigation").innerText()).contains("Signed in as " + name);
      session.check("landing");
    }
  }

  @Test
  void aWrongPasswordKeepsThePersonOnTheSignInPageWithAnError() {
    try (BrowserSession session = new BrowserSession(app, "sign-in-wrong-password")) {
      session.signIn("analyst", "not-the-password");
      Page page = session.page();

      assertThat(URI.create(page.url()).getPath()).isEqualTo("/login");
      assertThat(page.locator(".govuk-error-summary").innerText())
          .contains("Enter a correct username and password");
      assertThat(page.locator("#navigation").count()).isZero();
      session.check("error");
    }
  }
}
