package org.opencsc.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, launched once per test JVM. Playwright never downloads a
 * browser here: the build sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} and the path of the
 * installed one ({@code opencsc.browser.executable}, default {@code /usr/bin/chromium}).
 */
final class Chromium {

  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private static Browser browser;

  private Chromium() {}

  static synchronized Browser browser() {
    if (browser == null) {
      Path executable =
          Path.of(System.getProperty("opencsc.browser.executable", "/usr/bin/chromium"));
      if (!Files.isExecutable(executable)) {
        throw new IllegalStateException(
            "The browser tests need Chromium at "
                + executable
                + ": apt-get install chromium, or give another with -Dchromium.path=...");
      }
      // also here, so that a test run from an IDE without the build's environment downloads none
      Playwright playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS));
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }
    return browser;
  }
}
