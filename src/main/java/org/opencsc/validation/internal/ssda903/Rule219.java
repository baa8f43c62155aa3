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
 * The placement type (PL) of an episode with a URN is one Ofsted lists for that provider. A URN not
 * in the lists is 1008's finding; a provider listed without placement types cannot be judged.
 */
@DfeRule(
    code = "219",
    fields = {"URN", "PLACE"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the placement type: the provider is registered for the placement"
            + " types shown.")
final class Rule219 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      Provider provider = providers.of(episode);
      if (provider != null
          && episode.present("PLACE")
          && !provider.placements().isEmpty()
          && !provider.placements().contains(episode.value("PLACE"))) {
        out.flag(episode, "PLACE", "URN").related(provider, "PLACE_CODES");
      }
    }
  }
}
