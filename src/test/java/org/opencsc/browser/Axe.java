package org.opencsc.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (the npm package, which the build fetches from the npm registry at the version and
 * sha512 pinned in pom.xml and unpacks under target/axe-core/) run in the page with its default
 * rules: WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. The script is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not apply to, so the
 * page keeps its real policy.
 */
final class Axe {

  /** Where the build unpacks the script ({@code opencsc.axe.script}); this default from an IDE. */
  private static final Path SCRIPT =
      Path.of(System.getProperty("opencsc.axe.script", "target/axe-core/package/axe.min.js"));

  private static final String SOURCE = load();

  private static final String RUN =
      """
      async () => {
        const results = await axe.run(document, {
          resultTypes: ['violations'],
          rules: {'target-size': {enabled: true}}
        });
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
    String expected = System.getProperty("opencsc.axe.version");
    Object running = page.evaluate("() => axe.version");
    if (expected != null && !expected.equals(running)) {
      throw new IllegalStateException(
          "axe-core " + running + " ran, the build pins " + expected + ": run mvn clean");
    }
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
    if (!Files.isReadable(SCRIPT)) {
      throw new IllegalStateException(
          "axe-core is not at "
              + SCRIPT.toAbsolutePath()
              + ": the build fetches it in generate-test-resources (./mvnw generate-test-resources)");
    }
    try {
      return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
