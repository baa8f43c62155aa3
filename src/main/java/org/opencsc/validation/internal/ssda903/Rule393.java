package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A girl (SEX F, or 2 before 2025-26) looked after other than on short-term breaks (an episode with
 * LS other than V3 or V4) must have MOTHER completed on the Header.
 */
@DfeRule(
    code = "393",
    fields = {"MOTHER", "SEX", "LS"},
    advice = "Record whether the young woman is a mother (1) or not (0).")
final class Rule393 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || !isFemale(header) || header.present("MOTHER")) {
      return;
    }
    boolean lookedAfter =
        child.episodes().stream()
            .anyMatch(
                e ->
                    !e.value("LS").equalsIgnoreCase("V3") && !e.value("LS").equalsIgnoreCase("V4"));
    if (lookedAfter) {
      out.flag(header, "MOTHER").related(header, "SEX");
    }
  }

  /** F, or 2 in the returns before 2025-26. */
  private static boolean isFemale(Ssda903Row header) {
    return header.value("SEX").equalsIgnoreCase("F") || header.is("SEX", "2");
  }
}
