package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child protection plan starting in the census period starts on the day of an initial child
 * protection conference of its episode: the DateOfInitialCPC of one of the episode's Section 47
 * enquiries, or the episode's own DateOfInitialCPC when the conference followed no enquiry of the
 * census.
 */
@DfeRule(
    code = "2885",
    fields = {"CPPstartDate", "DateOfInitialCPC"},
    advice =
        "A plan starts at the conference that decided it: correct whichever of the plan's start"
            + " date and the conference date is wrong, or record the missing conference.")
final class Rule2885 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate from = child.census().periodStart();
    LocalDate to = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      List<XmlNode> conferences = new ArrayList<>();
      for (XmlNode s47 : details.all("Section47")) {
        if (s47.date("DateOfInitialCPC") != null) {
          conferences.add(s47);
        }
      }
      if (details.date("DateOfInitialCPC") != null) {
        conferences.add(details);
      }
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        if (started == null || !CinFacts.within(started, from, to)) {
          continue;
        }
        if (conferences.stream().noneMatch(c -> started.equals(c.date("DateOfInitialCPC")))) {
          var finding = out.flag(plan, "CPPstartDate");
          conferences.forEach(c -> finding.flag(c, "DateOfInitialCPC"));
        }
      }
    }
  }
}
