package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * UN4 (UPN not yet obtained) is only for a child who came into care in the last week of the year: a
 * child looked after at 31 March whose period of care started before 24 March has had time to get a
 * UPN. The period of care is the latest episode that started one (RNE = S), else the first.
 */
@DfeRule(
    code = "210",
    fields = {"UPN", "DECOM"},
    advice = "Record the child's UPN, or the right code for why it is unknown.")
final class Rule210 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    Ssda903Row latest = EpisodeDates.latest(child);
    if (header == null || latest == null || !header.is("UPN", "UN4")) {
      return;
    }
    LocalDate end = child.collectionEnd();
    LocalDate left = latest.date("DEC");
    if (left != null && left.isBefore(end)) {
      return; // not looked after at 31 March
    }
    Ssda903Row started = null;
    for (Ssda903Row episode : child.episodes()) {
      if (episode.date("DECOM") != null && (started == null || episode.is("RNE", "S"))) {
        started = episode;
      }
    }
    if (started != null && started.date("DECOM").isBefore(LocalDate.of(end.getYear(), 3, 24))) {
      out.flag(header, "UPN").flag(started, "DECOM");
    }
  }
}
