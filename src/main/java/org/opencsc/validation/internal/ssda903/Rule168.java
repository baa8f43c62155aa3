package org.opencsc.validation.internal.ssda903;

import java.util.regex.Pattern;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The Unique Pupil Number (UPN), when given, is a capital letter other than I, O or S followed by
 * 12 digits, or by 11 digits and a capital letter (a temporary UPN); or an unknown-UPN code
 * UN1–UN5.
 */
@DfeRule(
    code = "168",
    fields = {"UPN"},
    advice =
        "Record the child's UPN as the school has it (13 characters), or the code for why it is"
            + " unknown (UN1–UN5).")
final class Rule168 implements Rule<LookedAfterChild> {

  private static final Pattern UPN =
      Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row header : child.rows("Header")) {
      if (header.present("UPN") && !UPN.matcher(header.value("UPN")).matches()) {
        out.flag(header, "UPN");
      }
    }
  }
}
