package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * UN1 (child not yet of school age) is not a valid unknown UPN for a child who was 4 or over on 31
 * August before the collection year started (31 August 2024 for 2025-26): they are of school age.
 */
@DfeRule(
    code = "209",
    fields = {"UPN", "DOB"},
    advice = "Record the school-age child's UPN, or the right code for why it is unknown.")
final class Rule209 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    LocalDate reference = LocalDate.of(child.collectionStart().getYear() - 1, 8, 31);
    for (Ssda903Row header : child.rows("Header")) {
      LocalDate dob = header.date("DOB");
      if (dob != null && header.is("UPN", "UN1") && !dob.plusYears(4).isAfter(reference)) {
        out.flag(header, "UPN", "DOB");
      }
    }
  }
}
