package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A first child's date of birth (MC_DOB) cannot be after 31 March of the year, nor after the day
 * the mother ceased to be looked after (DEC of her latest episode, when it has ended).
 */
@DfeRule(
    code = "625",
    fields = {"MC_DOB", "DEC"},
    advice = "Check the first child's date of birth and the end date of the latest episode.")
final class Rule625 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    LocalDate born = header == null ? null : header.date("MC_DOB");
    if (born == null) {
      return;
    }
    List<Ssda903Row> episodes = child.episodes();
    Ssda903Row latest = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
    LocalDate ceased = latest == null ? null : latest.date("DEC");
    if (ceased != null && born.isAfter(ceased)) {
      out.flag(header, "MC_DOB").flag(latest, "DEC");
    } else if (born.isAfter(child.collectionEnd())) {
      out.flag(header, "MC_DOB");
    }
  }
}
