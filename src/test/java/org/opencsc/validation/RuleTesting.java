package org.opencsc.validation;

import java.util.List;
import java.util.Set;

/** Runs one rule on one child, as the runner would, for the rules' unit tests. */
public final class RuleTesting {

  private RuleTesting() {}

  /**
   * What {@code rule} finds on {@code child}, with the rule's definition as {@code years} gives it
   * for {@code year} (so a rule missing from the DfE's list fails here too).
   */
  public static <C> List<RuleFinding> check(
      RuleYears<C> years, ReturnYear year, Rule<C> rule, C child, String childId) {
    RuleDefinition definition =
        years.rulesFor(year).definitions().stream()
            .filter(d -> d.code().equals(RuleYears.annotation(rule).code()))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "rule "
                            + RuleYears.annotation(rule).code()
                            + " is not in force in "
                            + year
                            + ": add it to the year's list"));
    RuleSet<C> one =
        new RuleSet<>(years.returnType(), year, List.of(new RuleSet.Entry<>(definition, rule)));
    RuleOutput out = new RuleOutput();
    one.check(child, childId, out);
    List<String> failures = out.drainFailures();
    if (!failures.isEmpty()) {
      throw new AssertionError("the rule threw: " + failures);
    }
    return out.drain();
  }

  /** The values a finding flags, as {@code Table:row:FIELD}, for short assertions. */
  public static List<String> flagged(List<RuleFinding> findings) {
    return findings.stream()
        .flatMap(f -> f.flagged().stream())
        .map(l -> l.table() + ":" + l.row() + ":" + l.field())
        .toList();
  }

  static Set<Need> none() {
    return Set.of();
  }
}
