package org.opencsc.validation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes docs/validation-rules.md from the returns' rule years and the DfE's catalogues. */
final class ValidationRuleDocs {

  private ValidationRuleDocs() {}

  static String render(List<RuleYears<?>> returns) {
    StringBuilder md = new StringBuilder();
    md.append("# DfE validation rules\n\n")
        .append(
            "Generated from the code (`org.opencsc.validation`) by `ValidationRuleDocsTest`: do not"
                + " edit by hand. Regenerate with\n`OPENCSC_WRITE_DOCS=true ./mvnw test"
                + " -Dtest=ValidationRuleDocsTest`.\n\n")
        .append(
            "Each return's rules are listed as the DfE publishes them for its latest collection"
                + " year kept here: code and message word for word, severity (an error keeps the"
                + " record out of the snapshot, a query is loaded and flagged), the fields the rule"
                + " reads, the years it is in force, and whether OpenCSC runs it. How the rules run"
                + " is in [validation.md](validation.md).\n");
    for (RuleYears<?> years : returns) {
      renderReturn(md, years);
    }
    return md.toString();
  }

  private static void renderReturn(StringBuilder md, RuleYears<?> years) {
    ReturnYear latest = years.lastYear();
    RuleCatalogue catalogue = years.catalogue(latest);
    Map<String, RuleDefinition> implemented = new LinkedHashMap<>();
    years.rulesFor(latest).definitions().forEach(d -> implemented.put(d.code(), d));
    Map<String, String> missing = years.notImplemented(latest);
    long needing = implemented.values().stream().filter(d -> !d.needs().isEmpty()).count();

    md.append("\n## ")
        .append(years.returnType().title())
        .append(", ")
        .append(latest)
        .append("\n\n");
    md.append("| | rules |\n|---|---|\n")
        .append("| in the DfE's list for ")
        .append(latest)
        .append(" | ")
        .append(catalogue.messages().size())
        .append(" |\n")
        .append("| run by OpenCSC | ")
        .append(implemented.size() - needing)
        .append(" |\n")
        .append("| run when more data is supplied | ")
        .append(needing)
        .append(" |\n")
        .append("| not run | ")
        .append(missing.size())
        .append(" |\n\n");

    md.append(
        "### Changes by year\n\n| year | added or amended | deleted | queries |\n|---|---|---|---|\n");
    for (YearChanges<?> changes : years.changes()) {
      md.append("| ")
          .append(changes.year())
          .append(" | ")
          .append(
              changes.year().equals(years.firstYear())
                  ? "every rule in force (" + changes.added().size() + ")"
                  : codes(
                      changes.added().stream().map(r -> RuleYears.annotation(r).code()).toList()))
          .append(" | ")
          .append(codes(changes.deleted()))
          .append(" | ")
          .append(codes(changes.queries()))
          .append(" |\n");
    }

    md.append("\n### Rules\n\n| code | severity | message | fields | in force | OpenCSC |\n")
        .append("|---|---|---|---|---|---|\n");
    Set<String> codes = new LinkedHashSet<>(catalogue.messages().keySet());
    codes.addAll(implemented.keySet());
    for (String code : codes) {
      RuleDefinition rule = implemented.get(code);
      String message = catalogue.messages().getOrDefault(code, "");
      md.append("| ")
          .append(code)
          .append(" | ")
          .append(rule != null ? rule.severity().id() : catalogue.severity(code).id())
          .append(" | ")
          .append(cell(message))
          .append(" | ")
          .append(rule != null ? String.join(", ", rule.fields()) : "")
          .append(" | ")
          .append(inForce(years, code))
          .append(" | ")
          .append(status(rule, missing.get(code)))
          .append(" |\n");
    }
  }

  private static String inForce(RuleYears<?> years, String code) {
    ReturnYear from = null;
    ReturnYear until = null;
    for (YearChanges<?> changes : years.changes()) {
      // in the first year, a rule of its catalogue (run or not); later, a rule the year adds
      boolean added =
          (changes.year().equals(years.firstYear())
                  && years.catalogue(changes.year()).messages().containsKey(code))
              || changes.added().stream()
                  .anyMatch(r -> RuleYears.annotation(r).code().equals(code));
      if (from == null && added) {
        from = changes.year();
      }
      if (changes.deleted().contains(code)) {
        until = changes.year().previous();
      }
    }
    if (from == null) {
      from = years.firstYear();
    }
    return from + (until == null ? " on" : " to " + until);
  }

  private static String status(RuleDefinition rule, String whyNot) {
    if (rule == null) {
      return whyNot == null || whyNot.isBlank() ? "not yet" : "not run: " + cell(whyNot);
    }
    if (!rule.needs().isEmpty()) {
      return "runs with "
          + rule.needs().stream().map(Need::description).sorted().collect(Collectors.joining(", "));
    }
    return "yes";
  }

  private static String codes(java.util.Collection<String> codes) {
    return codes.isEmpty() ? "" : String.join(", ", codes);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
