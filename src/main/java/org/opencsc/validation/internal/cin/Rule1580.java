package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** The LA child ID (LAchildID) may hold only letters and digits. */
@DfeRule(
    code = "1580",
    fields = {"LAchildID"},
    advice =
        "Remove spaces, hyphens and other punctuation from the ID in the census extract, the same"
            + " way every year so that the child can be followed from one return to the next.")
final class Rule1580 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String id = identifiers.text("LAchildID");
    if (id != null && !alphanumeric(id)) {
      out.flag(identifiers, "LAchildID");
    }
  }

  private static boolean alphanumeric(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
