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
 * enquiry or protection plan, else the episode ({@code CINdetails}); an error in the child's
 * identifiers or characteristics keeps nothing out (the child is loaded and the finding flagged).
 */
final class KeptOut {

  static final KeptOut NOTHING = new KeptOut(Collections.emptySet());

  /** Elements of a CINdetails that are records of their own. */
  private static final Set<String> RECORDS =
      Set.of("Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans");

  private final Set<XmlNode> elements;

  private KeptOut(Set<XmlNode> elements) {
    this.elements = elements;
  }

  /** The records (each below the child itself) that the errors keep out. */
  static KeptOut of(List<XmlNode> records) {
    if (records.isEmpty()) {
      return NOTHING;
    }
    Set<XmlNode> elements = Collections.newSetFromMap(new IdentityHashMap<>());
    elements.addAll(records);
    return new KeptOut(elements);
  }

  /**
   * The record below the child that holds the flagged value, or null when the value is the child's
   * own (identifiers, characteristics) or cannot be found: an error there does not keep the child
   * out, as that would lose every record of the child ({@code RuleFindings.loadedAnyway}).
   */
  static @Nullable XmlNode recordBelowChild(XmlNode child, Located flagged) {
    XmlNode record = record(child, flagged);
    return record == child ? null : record;
  }

  boolean contains(XmlNode element) {
    return elements.contains(element);
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
