package org.opencsc.validation.cin;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.opencsc.validation.RuleDefinition;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.RuleSet;
import org.opencsc.validation.RuleYears;
import org.opencsc.validation.ValidationResult;
import org.opencsc.validation.Validator;
import org.opencsc.validation.internal.cin.CinYears;

/**
 * The DfE's CIN census rules: which apply in which year, and a run of them over a census, whole
 * ({@link #run}) or one child at a time as the census is read ({@link #checker}).
 */
public final class CinValidation {

  private CinValidation() {}

  /** Every year's rules, additions and deletions. */
  public static RuleYears<CinChild> years() {
    return CinYears.YEARS;
  }

  /** The rules of the census's year over the children given, then those about the whole census. */
  public static ValidationResult run(CinReturn census, List<CinChild> children) {
    RuleSet<CinChild> rules = years().rulesFor(census.year());
    ValidationResult each = Validator.run(rules, children, CinChild::id, census.supplied());
    List<RuleFinding> findings = new ArrayList<>(each.findings());
    findings.addAll(finish(rules.runnableWith(census.supplied()), census, new RuleOutput()));
    return new ValidationResult(
        each.rules(), findings, each.notRun(), each.failures(), each.children(), each.took());
  }

  private static List<RuleFinding> finish(
      RuleSet<CinChild> rules, CinReturn census, RuleOutput out) {
    out.child("");
    for (RuleSet.Entry<CinChild> entry : rules.entries()) {
      if (entry.rule() instanceof CensusWide wide) {
        out.rule(entry.definition());
        try {
          wide.finish(census, out);
        } catch (RuntimeException e) {
          out.failed(e);
        }
      }
    }
    return out.drain();
  }

  /** Checks a census's children as they are read. */
  public static Checker checker(CinReturn census) {
    return new Checker(years().rulesFor(census.year()), census);
  }

  /**
   * The rules of one census, applied child by child. {@link #check} may run on several threads at
   * once, children in any order; {@link #checkInFileOrder} runs on one thread, child after child in
   * the file's order, and must see every child, the file's first child first.
   */
  public static final class Checker {

    private final RuleSet<CinChild> anyOrder;
    private final RuleSet<CinChild> fileOrder;
    private final RuleSet<CinChild> once;
    private final List<RuleDefinition> notRun;
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final RuleOutput ordered = new RuleOutput();
    private boolean first = true;

    private Checker(RuleSet<CinChild> all, CinReturn census) {
      RuleSet<CinChild> runnable = all.runnableWith(census.supplied());
      RuleSet<CinChild> perChild = runnable.oncePerReturn(false);
      this.anyOrder = perChild.inFileOrder(false);
      this.fileOrder = perChild.inFileOrder(true);
      this.once = runnable.oncePerReturn(true);
      this.notRun = all.notRunnableWith(census.supplied());
    }

    /** What the rules that see one child alone find on it. Thread-safe. */
    public List<RuleFinding> check(CinChild child) {
      RuleOutput out = new RuleOutput();
      anyOrder.check(child, child.id(), out);
      failures.addAll(out.drainFailures());
      return out.drain();
    }

    /**
     * What the rules that compare a child with the ones before it find on it ({@link
     * org.opencsc.validation.InFileOrder}), and, with the first child, those about the census as a
     * whole. One thread, file order.
     */
    public List<RuleFinding> checkInFileOrder(CinChild child) {
      if (first) {
        first = false;
        once.check(child, child.id(), ordered);
      }
      fileOrder.check(child, child.id(), ordered);
      failures.addAll(ordered.drainFailures());
      return ordered.drain();
    }

    /**
     * Once every child has been checked: what the rules about the census as a whole find ({@link
     * CensusWide}), reported at the census's Header, about no child.
     */
    public List<RuleFinding> finish(CinReturn census) {
      return CinValidation.finish(anyOrder, census, ordered);
    }

    /** The rules that could not run for want of data. */
    public List<RuleDefinition> notRun() {
      return notRun;
    }

    /** Rules that threw on a child so far: defects of OpenCSC's rules. */
    public List<String> failures() {
      return List.copyOf(failures);
    }
  }
}
