package org.opencsc.validation;

import java.time.Duration;
import java.util.List;

/**
 * What one run of a return's rules found.
 *
 * @param rules the rules that ran
 * @param notRun the rules that could not run for want of data ({@link Need}), said once each
 * @param failures rules that threw on a child: defects of OpenCSC's rule, never the council's data
 * @param children how many children were checked
 */
public record ValidationResult(
    RuleSet<?> rules,
    List<RuleFinding> findings,
    List<RuleDefinition> notRun,
    List<String> failures,
    int children,
    Duration took) {

  public ValidationResult {
    findings = List.copyOf(findings);
    notRun = List.copyOf(notRun);
    failures = List.copyOf(failures);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == RuleSeverity.ERROR).count();
  }

  public long queries() {
    return findings.stream().filter(f -> f.severity() == RuleSeverity.QUERY).count();
  }
}
