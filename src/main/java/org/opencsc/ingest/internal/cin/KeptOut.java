package org.opencsc.ingest.internal.cin;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Located;
import org.opencsc.validation.cin.XmlNode;

/**
 * The elements of one child that the DfE's rules' errors keep out of the snapshot. An error keeps
 * out the smallest record that holds the value it flags: the assessment, CIN plan, section 47
 * enquiry or protection plan, else the episode ({@code CINdetails}), else — for the child's
 * identifiers and characteristics — the child.
 */
final class KeptOut {

  static final KeptOut NOTHING = new KeptOut(Collections.emptySet(), false);

  /** Elements of a CINdetails that are records of their own. */
  private static final Set<String> RECORDS =
      Set.of("Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans");

  private final Set<XmlNode> elements;
  private final boolean child;

  private KeptOut(Set<XmlNode> elements, boolean child) {
    this.elements = elements;
    this.child = child;
  }

  /** What keeping out each flagged value means in {@code child}. */
  static KeptOut of(XmlNode child, List<Located> flagged) {
    if (flagged.isEmpty()) {
      return NOTHING;
    }
    Set<XmlNode> elements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Located value : flagged) {
      XmlNode record = record(child, value);
      if (record == null || record == child) {
        return new KeptOut(Set.of(), true);
      }
      elements.add(record);
    }
    return new KeptOut(elements, false);
  }

  /** Whether the whole child is kept out. */
  boolean child() {
    return child;
  }

  boolean contains(XmlNode element) {
    return child || elements.contains(element);
  }

  /**
   * The record holding the flagged element: found by identity, else (a rule that flags a value
   * through a wrapper) by its name and line; null when not found.
   */
  private static @Nullable XmlNode record(XmlNode child, Located flagged) {
    Deque<XmlNode> path = new ArrayDeque<>();
    if (!find(child, flagged, path)) {
      return null;
    }
    XmlNode record = child;
    for (XmlNode step : path) {
      if (step.name().equals("CINdetails") || RECORDS.contains(step.name())) {
        record = step; // the deepest record on the way down wins
      }
    }
    return record;
  }

  private static boolean find(XmlNode node, Located flagged, Deque<XmlNode> path) {
    path.addLast(node);
    if (node == flagged
        || (!(flagged instanceof XmlNode)
            && node.name().equals(flagged.table())
            && node.line() == flagged.row())) {
      return true;
    }
    for (XmlNode inside : node.children()) {
      if (find(inside, flagged, path)) {
        return true;
      }
    }
    path.removeLast();
    return false;
  }
}
