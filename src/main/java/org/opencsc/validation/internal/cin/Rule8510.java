package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.InFileOrder;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;

/**
 * Each child appears once in the census: no two Child records have the same LA child ID. The ID is
 * compared as OpenCSC keeps it (trimmed, upper case). The census remembers the IDs its children
 * have shown; the second and later records with the same ID are flagged.
 */
@DfeRule(
    code = "8510",
    fields = {"LAchildID"},
    advice =
        "Put all of a child's episodes in one Child record; two children given the same ID need"
            + " the case management system's records separated.")
final class Rule8510 implements Rule<CinChild>, InFileOrder {

  @Override
  public void check(CinChild child, RuleOutput out) {
    String id = child.id();
    if (!id.isEmpty() && child.census().seenBefore("LAchildID", id)) {
      out.flag(child.identifiers(), "LAchildID");
    }
  }
}
