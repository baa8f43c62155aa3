package org.opencsc.validation.internal.cin;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child's disabilities list each code once. */
@DfeRule(
    code = "8794",
    fields = {"Disability"},
    advice = "Remove the repeated disability code from the child's record.")
final class Rule8794 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    Map<String, XmlNode> seen = new HashMap<>();
    for (XmlNode disability : child.characteristics().child("Disabilities").all("Disability")) {
      String code = disability.text().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      XmlNode first = seen.putIfAbsent(code, disability);
      if (first != null) {
        out.flag(disability, "Disability").related(first, "Disability");
      }
    }
  }
}
