package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Providers.Provider;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode with a URN ends (DEC) on or before the day the provider's registration ended; an
 * episode still open needs the provider registered at the end of the collection year (31 March). A
 * URN not in the lists is 1008's finding.
 */
@DfeRule(
    code = "228",
    fields = {"URN", "DEC"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the episode's end date: the provider's registration ended on the date"
            + " shown, so the placement should have ended by then.")
final class Rule228 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      Provider provider = providers.of(episode);
      if (provider == null || provider.registrationEnd() == null || episode.invalidDate("DEC")) {
        continue;
      }
      LocalDate end = episode.date("DEC");
      LocalDate until = end != null ? end : child.collectionEnd();
      if (until.isAfter(provider.registrationEnd())) {
        out.flag(episode, "DEC", "URN").related(provider, "REG_END");
      }
    }
  }
}
