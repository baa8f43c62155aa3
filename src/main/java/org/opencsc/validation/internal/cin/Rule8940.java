package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child's child protection plans do not overlap: no plan starts on or between another's start and
 * its end (or, if that one is open, the reference date). Unlike episodes of need, a plan starting
 * the day another ends overlaps it: the DfE's rule counts both days.
 */
@DfeRule(
    code = "8940",
    fields = {"CPPstartDate", "CPPendDate", "ReferenceDate"},
    advice = "Correct the plans' start or end dates so that each ends before the next starts.")
final class Rule8940 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    List<XmlNode> plans =
        child.details().stream().flatMap(d -> d.all("ChildProtectionPlans").stream()).toList();
    for (XmlNode plan : plans) {
      LocalDate started = plan.date("CPPstartDate");
      if (started == null) {
        continue;
      }
      for (XmlNode other : plans) {
        LocalDate otherStarted = other.date("CPPstartDate");
        if (other == plan || otherStarted == null || started.isBefore(otherStarted)) {
          continue;
        }
        LocalDate otherEnded = other.date("CPPendDate");
        boolean inside = !started.isAfter(otherEnded != null ? otherEnded : reference);
        if (inside) {
          out.flag(plan, "CPPstartDate").flag(other, "CPPstartDate", "CPPendDate");
        }
      }
    }
  }
}
