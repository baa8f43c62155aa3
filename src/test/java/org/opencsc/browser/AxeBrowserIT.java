package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check itself: the pinned axe-core runs in Chromium and reports what it must, so
 * that "no violation" on the application's pages means something. A hand-made page with three known
 * defects (an image without a text alternative, a field without a label, two 10-pixel buttons side
 * by side: WCAG 2.2's target size, a rule axe leaves off unless asked) and a clean one.
 */
class AxeBrowserIT {

  private static final String DEFECTIVE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><title>Defective</title>
      <style>.tiny { width: 10px; height: 10px; padding: 0; border: 0; margin: 0 }</style></head>
      <body><main><h1>Defective</h1>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <input type="text" name="surname">
      <p><button class="tiny" aria-label="one"></button><button class="tiny" aria-label="two"></button></p>
      </main></body></html>
      """;

  private static final String CLEAN =
      """
      <!DOCTYPE html>
      <html lang="en"><head><title>Clean</title></head>
      <body><main><h1>Clean</h1>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">
      <label for="surname">Surname</label> <input type="text" id="surname" name="surname">
      </main></body></html>
      """;

  @Test
  void findsTheKnownDefectsAndNothingOnACleanPage() {
    try (BrowserContext context = Chromium.browser().newContext()) {
      Page page = context.newPage();

      page.setContent(DEFECTIVE);
      List<String> defects = Axe.violations(page);
      page.setContent(CLEAN);
      List<String> clean = Axe.violations(page);

      assertThat(defects)
          .extracting(violation -> violation.substring(0, violation.indexOf(' ')))
          .containsExactlyInAnyOrder("image-alt", "label", "target-size");
      assertThat(clean).isEmpty();
    }
  }
}
