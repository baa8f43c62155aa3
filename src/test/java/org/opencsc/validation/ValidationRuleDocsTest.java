package org.opencsc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinValidation;
import org.opencsc.validation.ssda903.Ssda903Validation;

/**
 * docs/validation-rules.md is generated from the rule years, every rule class is in a year's list,
 * and every rule class has its own test. When a rule is added, regenerate the page with {@code
 * OPENCSC_WRITE_DOCS=true ./mvnw test -Dtest=ValidationRuleDocsTest} and commit it with the rule.
 */
class ValidationRuleDocsTest {

  static final Path PAGE = Path.of("docs/validation-rules.md");
  static final Path RULES = Path.of("src/main/java/org/opencsc/validation/internal");
  static final Path TESTS = Path.of("src/test/java/org/opencsc/validation/internal");

  @Test
  void theDocsPageIsGeneratedFromTheRules() throws IOException {
    String generated =
        ValidationRuleDocs.render(List.of(Ssda903Validation.years(), CinValidation.years()));
    if ("true".equals(System.getenv("OPENCSC_WRITE_DOCS"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as(
            "docs/validation-rules.md is out of date: run OPENCSC_WRITE_DOCS=true ./mvnw test"
                + " -Dtest=ValidationRuleDocsTest and commit it")
        .isEqualTo(generated);
  }

  @Test
  void aRuleIsInForceFromTheYearThatAddsIt() {
    String generated =
        ValidationRuleDocs.render(List.of(Ssda903Validation.years(), CinValidation.years()));
    // 700 (deprivation of liberty) came in 2026-27; 101 is in the first year's list
    assertThat(generated.lines().filter(l -> l.startsWith("| 700 |")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .contains("| 2026-27 on |");
    assertThat(generated.lines().filter(l -> l.startsWith("| 101 |")))
        .singleElement(InstanceOfAssertFactories.STRING)
        .contains("| 2025-26 on |");
  }

  @Test
  void everyRuleClassIsInAYearsListAndHasItsOwnTest() throws IOException {
    Set<String> listed = new java.util.HashSet<>();
    for (RuleYears<?> years : List.of(Ssda903Validation.years(), CinValidation.years())) {
      for (YearChanges<?> changes : years.changes()) {
        changes.added().forEach(r -> listed.add(r.getClass().getSimpleName()));
      }
    }
    List<String> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RULES)) {
      files
          .filter(f -> f.getFileName().toString().matches("Rule\\w+\\.java"))
          .forEach(f -> classes.add(f.getFileName().toString().replace(".java", "")));
    }
    assertThat(classes).as("rule classes").isNotEmpty();
    assertThat(classes.stream().filter(c -> !listed.contains(c)).toList())
        .as("rule classes in no year's list (Ssda903Years, CinYears)")
        .isEmpty();
    Set<String> tests;
    try (Stream<Path> files = Files.walk(TESTS)) {
      tests =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith("Test.java"))
              .map(n -> n.replace("Test.java", ""))
              .collect(Collectors.toSet());
    }
    assertThat(classes.stream().filter(c -> !tests.contains(c)).toList())
        .as("rule classes without a <Rule>Test beside them")
        .isEmpty();
  }

  @Test
  void theDfeListsAreTheOnesThisPageCounts() {
    // the DfE's own totals for 2025-26: 311 SSDA903 rules; 109 CIN census rules, 83 errors
    RuleCatalogue ssda903 = Ssda903Validation.years().catalogue(ReturnYear.of("2025-26"));
    RuleCatalogue cin = CinValidation.years().catalogue(ReturnYear.of("2025-26"));
    assertThat(ssda903.messages()).hasSize(311);
    assertThat(cin.messages()).hasSize(109);
    assertThat(cin.messages().keySet().stream().filter(c -> cin.severity(c) == RuleSeverity.ERROR))
        .hasSize(83);
  }
}
