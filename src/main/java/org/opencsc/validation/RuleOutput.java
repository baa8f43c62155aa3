package org.opencsc.validation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the rules report on one child. The runner names the child and the rule before each check; a
 * rule only says which values are wrong ({@link #flag}) and which other records explain it ({@link
 * Finding#related}). One per thread, reused child after child.
 */
public final class RuleOutput {

  private final List<Finding> pending = new ArrayList<>();
  private final List<RuleFinding> findings = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private @Nullable RuleDefinition rule;
  private String childId = "";

  /** The child the next checks are about ({@code ""}: the return as a whole). */
  public void child(String childId) {
    this.childId = childId;
  }

  /** The rule the next check is. */
  public void rule(RuleDefinition rule) {
    this.rule = rule;
  }

  /**
   * A rule that threw on this child: a defect of the rule, reported and not fatal to the run. Said
   * by the rule's code and the exception's type only: no child and no value, so it may be logged.
   */
  public void failed(RuntimeException e) {
    failures.add(current().code() + ": " + e.getClass().getName());
  }

  /** A finding of the current rule: these fields of {@code record} hold the wrong values. */
  public Finding flag(Located record, String... fields) {
    Finding finding = new Finding(current(), childId);
    pending.add(finding);
    return finding.flag(record, fields);
  }

  /** Everything found since the last call, and forgets it. */
  public List<RuleFinding> drain() {
    for (Finding finding : pending) {
      findings.add(finding.build());
    }
    pending.clear();
    List<RuleFinding> done = List.copyOf(findings);
    findings.clear();
    return done;
  }

  /** The rules that threw since the last call, and forgets them. */
  public List<String> drainFailures() {
    List<String> done = List.copyOf(failures);
    failures.clear();
    return done;
  }

  private RuleDefinition current() {
    if (rule == null) {
      throw new IllegalStateException("no rule is being checked");
    }
    return rule;
  }

  /** One finding being reported. */
  public static final class Finding {

    private final RuleDefinition rule;
    private final String childId;
    private final List<Location> flagged = new ArrayList<>(2);
    private final List<Location> related = new ArrayList<>(0);

    private Finding(RuleDefinition rule, String childId) {
      this.rule = rule;
      this.childId = childId;
    }

    /** More wrong values of the same finding (the other side of a comparison). */
    public Finding flag(Located record, String... fields) {
      add(flagged, record, fields);
      return this;
    }

    /** Another record that explains the finding, with the fields that matter. */
    public Finding related(Located record, String... fields) {
      add(related, record, fields);
      return this;
    }

    private static void add(List<Location> to, Located record, String... fields) {
      if (fields.length == 0) {
        to.add(new Location(record.table(), record.row(), "", "", record));
      }
      for (String field : fields) {
        to.add(new Location(record.table(), record.row(), field, record.value(field), record));
      }
    }

    private RuleFinding build() {
      return new RuleFinding(rule, childId, flagged, related);
    }
  }
}
