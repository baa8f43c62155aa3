package org.opencsc.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (the npm package, from its WebJar) run in the page with its default rules: WCAG 2.0 and
 * 2.1 levels A and AA, and axe's best practices. The script is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not apply to, so the page keeps its real
 * policy.
 */
final class Axe {

  private static final String SOURCE = load();

  private static final String RUN =
      """
      async () => {
        const results = await axe.run(document, {resultTypes: ['violations']});
        return results.violations.map(v => ({
          id: v.id,
          impact: String(v.impact),
          help: v.help,
          nodes: v.nodes.map(n => n.target.join(' '))
        }));
      }
      """;

  private Axe() {}

  /** The page's violations, each as "id (impact): help — target, target, …". */
  @SuppressWarnings("unchecked")
  static List<String> violations(Page page) {
    page.evaluate(SOURCE);
    List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN);
    return found.stream()
        .map(
            v ->
                "%s (%s): %s — %s"
                    .formatted(
                        v.get("id"),
                        v.get("impact"),
                        v.get("help"),
                        String.join(", ", (List<String>) v.get("nodes"))))
        .toList();
  }

  private static String load() {
    String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
    if (path == null) {
      throw new IllegalStateException("the axe-core WebJar is not on the test class path");
    }
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
