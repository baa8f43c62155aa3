package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child over 25 at the reference date is a query unless every episode closed before the child
 * turned 25: an episode still open, or closed after the 25th birthday, is one.
 */
@DfeRule(
    code = "8775Q",
    fields = {"PersonBirthDate", "CINclosureDate", "ReferenceDate"},
    advice =
        "Check the child's date of birth; services for someone over 25 are not children's social"
            + " care.")
final class Rule8775Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    LocalDate born = ids.date("PersonBirthDate");
    if (born == null || !born.isBefore(child.census().periodEnd().minusYears(25))) {
      return;
    }
    LocalDate turned25 = born.plusYears(25);
    List<XmlNode> details = child.details();
    if (details.isEmpty()) {
      out.flag(ids, "PersonBirthDate");
    }
    for (XmlNode episode : details) {
      LocalDate closed = episode.date("CINclosureDate");
      if (closed == null || closed.isAfter(turned25)) {
        out.flag(ids, "PersonBirthDate").flag(episode, "CINclosureDate");
      }
    }
  }
}
