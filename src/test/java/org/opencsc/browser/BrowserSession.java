package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's browser in a scenario: a fresh context (no cookies), one tab. Every page it shows is
 * checked the same way by {@link #check}: a full-page screenshot under {@code
 * target/screenshots/<scenario>/}, no axe-core violation, and no breach of the Content-Security-
 * Policy reported by the browser (an inline script or style the policy blocked).
 */
final class BrowserSession implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final BrowserApp app;
  private final String scenario;
  private final BrowserContext context;
  private final Page page;
  private final List<String> policyBreaches = new ArrayList<>();
  private int shots;

  BrowserSession(BrowserApp app, String scenario) {
    this.app = app;
    this.scenario = scenario;
    Browser browser = Chromium.browser();
    context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
    page = context.newPage();
    page.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            policyBreaches.add(page.url() + ": " + message.text());
          }
        });
  }

  Page page() {
    return page;
  }

  /** Opens the path (address bar, not a link) and returns the response to its request. */
  Response open(String path) {
    return page.navigate(app.url(path));
  }

  /** Signs in through the sign-in page's form, and checks the page it lands on. */
  void signIn(String login, String password) {
    open("/login");
    check("sign-in");
    page.getByLabel("Username").fill(login);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForLoadState();
  }

  /** Screenshot, axe-core and the Content-Security-Policy, for the page now shown. */
  void check(String name) {
    assertThat(problems(name)).as("problems on %s (%s)", name, page.url()).isEmpty();
  }

  /**
   * Takes the page's screenshot and returns what is wrong with it: each axe-core violation, and
   * each Content-Security-Policy breach since the last call.
   */
  List<String> problems(String name) {
    page.waitForLoadState();
    shots++;
    page.screenshot(
        new Page.ScreenshotOptions()
            .setFullPage(true)
            .setPath(SCREENSHOTS.resolve(scenario).resolve("%02d-%s.png".formatted(shots, name))));
    List<String> problems = new ArrayList<>(Axe.violations(page));
    problems.addAll(policyBreaches);
    policyBreaches.clear();
    return problems;
  }

  @Override
  public void close() {
    context.close();
  }
}
