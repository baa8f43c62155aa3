package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Providers.Provider;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The placement provider (PLACE_PROVIDER, PR0-PR5) of an episode with a URN is one Ofsted lists for
 * that provider. A URN not in the lists is 1008's finding; a provider listed without provider codes
 * cannot be judged.
 */
@DfeRule(
    code = "224",
    fields = {"URN", "PLACE_PROVIDER"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the placement provider: the provider is listed with the provider codes"
            + " shown.")
final class Rule224 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      Provider provider = providers.of(episode);
      if (provider != null
          && episode.present("PLACE_PROVIDER")
          && !provider.providerCodes().isEmpty()
          && !provider.providerCodes().contains(episode.value("PLACE_PROVIDER"))) {
        out.flag(episode, "PLACE_PROVIDER", "URN").related(provider, "PROVIDER_CODES");
      }
    }
  }
}
