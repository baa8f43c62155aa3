package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child still looked after on 31 March has a social worker then: their latest social worker
 * episode cannot have ended (SW_DEC) before 31 March without a later one.
 */
@DfeRule(
    code = "SW11bSTG2",
    fields = {"SW_DEC"},
    advice = "Record the social worker episode that followed, or correct the end date.")
final class RuleSW11bSTG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!SocialWorkerEpisodes.lookedAfterAtYearEnd(child)) {
      return;
    }
    Ssda903Row latest = SocialWorkerEpisodes.latest(child);
    LocalDate end = latest == null ? null : latest.date("SW_DEC");
    if (end != null && end.isBefore(child.collectionEnd())) {
      out.flag(latest, "SW_DEC");
    }
  }
}
