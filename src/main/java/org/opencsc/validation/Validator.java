package org.opencsc.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a year's rules over a return, child by child, on every core: a child's checks read only that
 * child's records, so children are independent, and each thread reports into its own {@link
 * RuleOutput}. The rules about the return as a whole ({@link OncePerReturn}) run once, and those
 * that compare a child with the ones before it ({@link InFileOrder}) one child at a time, in the
 * collection's order.
 */
public final class Validator {

  private Validator() {}

  public static <C> ValidationResult run(
      RuleSet<C> all, Collection<C> children, Function<C, String> id, Set<Need> supplied) {
    long started = System.nanoTime();
    RuleSet<C> runnable = all.runnableWith(supplied);
    RuleSet<C> everyChild = runnable.oncePerReturn(false);
    RuleSet<C> perChild = everyChild.inFileOrder(false);
    RuleSet<C> ordered = everyChild.inFileOrder(true);
    RuleSet<C> once = runnable.oncePerReturn(true);

    List<RuleFinding> findings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Iterator<C> first = children.iterator();
    if (first.hasNext() && !once.entries().isEmpty()) {
      C child = first.next();
      RuleOutput out = new RuleOutput();
      once.check(child, id.apply(child), out);
      findings.addAll(out.drain());
      failures.addAll(out.drainFailures());
    }
    if (!ordered.entries().isEmpty()) {
      RuleOutput out = new RuleOutput();
      for (C child : children) {
        ordered.check(child, id.apply(child), out);
      }
      findings.addAll(out.drain());
      failures.addAll(out.drainFailures());
    }
    ThreadLocal<RuleOutput> outputs = ThreadLocal.withInitial(RuleOutput::new);
    List<Checked> checked =
        children.parallelStream()
            .map(
                child -> {
                  RuleOutput out = outputs.get();
                  perChild.check(child, id.apply(child), out);
                  return new Checked(out.drain(), out.drainFailures());
                })
            .toList();
    for (Checked c : checked) {
      findings.addAll(c.findings());
      failures.addAll(c.failures());
    }
    return new ValidationResult(
        all,
        findings,
        all.notRunnableWith(supplied),
        failures,
        children.size(),
        java.time.Duration.ofNanos(System.nanoTime() - started));
  }

  private record Checked(List<RuleFinding> findings, List<String> failures) {}
}
