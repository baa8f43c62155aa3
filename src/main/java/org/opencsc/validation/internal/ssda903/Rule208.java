package org.opencsc.validation.internal.ssda903;

import java.util.Locale;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The child's UPN is the same as in last year's return, except for the changes that follow what
 * became known: from unknown (blank or UN1–UN5) to a real UPN, and from UN1 or blank to another
 * unknown code (UN2–UN5).
 */
@DfeRule(
    code = "208",
    fields = {"UPN"},
    needs = Need.PREVIOUS_RETURN,
    advice = "Check the child's UPN against last year's return and correct the one that is wrong.")
final class Rule208 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row last = LastYearHeader.of(child);
    if (header == null || last == null) {
      return;
    }
    String now = header.value("UPN").toUpperCase(Locale.ROOT);
    String before = last.value("UPN").toUpperCase(Locale.ROOT);
    if (now.equals(before)) {
      return;
    }
    boolean becameKnown = unknown(before) && !unknown(now);
    boolean unknownRefined = (before.isEmpty() || before.equals("UN1")) && now.matches("UN[2-5]");
    if (!becameKnown && !unknownRefined) {
      out.flag(header, "UPN").related(last, "UPN");
    }
  }

  private static boolean unknown(String upn) {
    return upn.isEmpty() || upn.matches("UN[1-5]");
  }
}
