package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Indicator;

/**
 * docs/indicators.md is generated from the definitions' headers, and every definition has its own
 * hand-worked test. When a header changes, regenerate the page with {@code OPENCSC_WRITE_DOCS=true
 * ./mvnw test -Dtest=IndicatorDocsTest} and commit it with the change.
 */
class IndicatorDocsTest {

  static final Path PAGE = Path.of("docs/indicators.md");
  static final Path TESTS = Path.of("src/test/java/org/opencsc/indicators/definitions");

  @Test
  void theDocsPageIsGeneratedFromTheDefinitions() throws IOException {
    String generated = IndicatorDocs.render(IndicatorCatalogue.load());
    if ("true".equals(System.getenv("OPENCSC_WRITE_DOCS"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as(
            "docs/indicators.md is out of date: run OPENCSC_WRITE_DOCS=true ./mvnw test"
                + " -Dtest=IndicatorDocsTest and commit it")
        .isEqualTo(generated);
  }

  @Test
  void everyDefinitionHasItsOwnTest() {
    List<String> missing =
        IndicatorCatalogue.load().stream()
            .map(Definition::indicator)
            .map(Indicator::id)
            .filter(id -> !id.equals("referrals"))
            .filter(id -> !Files.exists(TESTS.resolve(testClass(id) + ".java")))
            .toList();
    // referrals is the engine's own example, tested by IndicatorEngineIT
    assertThat(missing).as("definitions without a <CamelCaseId>IT in " + TESTS).isEmpty();
  }

  static String testClass(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("_")) {
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return name + "IT";
  }
}
