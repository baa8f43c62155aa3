package org.opencsc.audits;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an audit found, with nothing that names or describes the child: its state, its final grade
 * (the moderator's once moderated, else the auditor's) and its learning themes. Other modules (the
 * improvement plan, raising an action from an audit) read this, never the audit itself, so no child
 * id and none of the auditor's words (which may name the family) leave this module.
 *
 * @param finalGrade null until the audit is submitted
 * @param themes the learning themes' names, in order of name
 */
public record AuditFindings(
    long auditId, AuditState state, @Nullable Grade finalGrade, List<String> themes) {

  public AuditFindings {
    Objects.requireNonNull(state, "state");
    themes = List.copyOf(themes);
  }

  /** Submitted, moderated or closed: the audit has findings to act on. */
  public boolean completed() {
    return !state.open();
  }
}
