package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child who is born (PersonBirthDate given) and has an episode that led to further action
 * (ReferralNFA false) has at least one Disability recorded, NONE when there is none, and every
 * Disability is one of the DfE's codes.
 */
@DfeRule(
    code = "8540",
    fields = {"Disability", "PersonBirthDate", "ReferralNFA"},
    advice =
        "Record the child's disabilities with the DfE's codes, or NONE; an unknown code usually"
            + " comes from a local list that the census extract does not map.")
final class Rule8540 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    if (child.identifiers().text("PersonBirthDate") == null
        || child.details().stream().noneMatch(d -> CinFacts.isFalse(d.text("ReferralNFA")))) {
      return;
    }
    XmlNode characteristics = CinFacts.characteristics(child);
    List<XmlNode> disabilities = characteristics.child("Disabilities").all("Disability");
    if (disabilities.isEmpty()) {
      out.flag(characteristics, "Disabilities");
      return;
    }
    for (XmlNode disability : disabilities) {
      if (disability.text().isEmpty()
          || !child.census().codes().valid("Disability", disability.text())) {
        out.flag(new RepeatedElement("Disabilities", disability), "Disability");
      }
    }
  }
}
