package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An initial child protection conference is recorded either on a Section 47 enquiry or on the
 * episode (CINdetails) when it followed no enquiry of the census, never both: the same
 * DateOfInitialCPC on an episode and on one of the child's Section 47 enquiries is one conference
 * recorded twice.
 */
@DfeRule(
    code = "2884",
    fields = {"DateOfInitialCPC"},
    advice =
        "Keep the conference on the Section 47 enquiry that led to it and remove it from the"
            + " episode's details.")
final class Rule2884 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      LocalDate onEpisode = details.date("DateOfInitialCPC");
      if (onEpisode == null) {
        continue;
      }
      // the same conference may have been put on another episode's enquiry, as the DfE's
      // validator reads the rule: all the child's enquiries are compared
      for (XmlNode other : child.details()) {
        for (XmlNode s47 : other.all("Section47")) {
          if (onEpisode.equals(s47.date("DateOfInitialCPC"))) {
            out.flag(details, "DateOfInitialCPC").flag(s47, "DateOfInitialCPC");
          }
        }
      }
    }
  }
}
