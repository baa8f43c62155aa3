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
 * An episode with a URN starts (DECOM) before the provider's registration ended (closed or
 * deregistered): a placement cannot start with a provider no longer registered. A URN not in the
 * lists is 1008's finding.
 */
@DfeRule(
    code = "227",
    fields = {"URN", "DECOM"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the episode's start date: the provider's registration ended on the date"
            + " shown.")
final class Rule227 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      Provider provider = providers.of(episode);
      LocalDate start = episode.date("DECOM");
      if (provider != null
          && provider.registrationEnd() != null
          && start != null
          && !start.isBefore(provider.registrationEnd())) {
        out.flag(episode, "DECOM", "URN").related(provider, "REG_END");
      }
    }
  }
}
