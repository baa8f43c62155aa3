package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, a section 47 enquiry does not start on or between another enquiry's
 * start and its initial conference — or, if that one has no conference yet and one is required
 * (ICPCnotRequired not true), the reference date.
 */
@DfeRule(
    code = "8890",
    fields = {"S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired", "ReferenceDate"},
    advice =
        "Record the conference date of the earlier enquiry (or that none was required), or"
            + " correct the start date of the later one.")
final class Rule8890 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate reference = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      List<XmlNode> enquiries = details.all("Section47");
      for (XmlNode s47 : enquiries) {
        LocalDate started = s47.date("S47ActualStartDate");
        if (started == null) {
          continue;
        }
        for (XmlNode other : enquiries) {
          LocalDate otherStarted = other.date("S47ActualStartDate");
          if (other == s47 || otherStarted == null || started.isBefore(otherStarted)) {
            continue;
          }
          LocalDate conference = other.date("DateOfInitialCPC");
          boolean ongoing =
              conference != null
                  ? !started.isAfter(conference)
                  : !CinValues.yes(other.text("ICPCnotRequired")) && !started.isAfter(reference);
          if (ongoing) {
            out.flag(s47, "S47ActualStartDate")
                .flag(other, "S47ActualStartDate", "DateOfInitialCPC");
          }
        }
      }
    }
  }
}
