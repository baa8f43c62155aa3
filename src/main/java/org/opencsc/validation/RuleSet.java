package org.opencsc.validation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The rules of one return for one collection year, ready to run child by child.
 *
 * @param year the collection year they are the rules of
 */
public record RuleSet<C>(ReturnType returnType, ReturnYear year, List<Entry<C>> entries) {

  /** A rule with its definition. */
  public record Entry<C>(RuleDefinition definition, Rule<C> rule) {}

  public RuleSet {
    entries = List.copyOf(entries);
  }

  public List<RuleDefinition> definitions() {
    return entries.stream().map(Entry::definition).toList();
  }

  /** The rules that can run with the data supplied. */
  public RuleSet<C> runnableWith(Collection<Need> supplied) {
    Set<Need> have = Set.copyOf(supplied);
    return new RuleSet<>(
        returnType,
        year,
        entries.stream().filter(e -> have.containsAll(e.definition().needs())).toList());
  }

  /**
   * Only the rules about the return as a whole ({@link OncePerReturn}, {@code true}), or only the
   * others ({@code false}).
   */
  public RuleSet<C> oncePerReturn(boolean once) {
    return new RuleSet<>(
        returnType,
        year,
        entries.stream().filter(e -> (e.rule() instanceof OncePerReturn) == once).toList());
  }

  /**
   * Only the rules that must see the children in file order ({@link InFileOrder}, {@code true}), or
   * only those that may see them in any order on any core ({@code false}).
   */
  public RuleSet<C> inFileOrder(boolean ordered) {
    return new RuleSet<>(
        returnType,
        year,
        entries.stream().filter(e -> (e.rule() instanceof InFileOrder) == ordered).toList());
  }

  /** The rules that cannot run without data not supplied: said once per run. */
  public List<RuleDefinition> notRunnableWith(Collection<Need> supplied) {
    Set<Need> have = Set.copyOf(supplied);
    return definitions().stream().filter(d -> !have.containsAll(d.needs())).toList();
  }

  /**
   * Every rule on one child; what they find goes to {@code out}. A rule that throws is reported as
   * failed ({@link RuleOutput#drainFailures}) and the others still run.
   */
  public void check(C child, String childId, RuleOutput out) {
    out.child(childId);
    for (Entry<C> entry : entries) {
      out.rule(entry.definition());
      try {
        entry.rule().check(child, out);
      } catch (RuntimeException e) {
        out.failed(e);
      }
    }
  }
}
