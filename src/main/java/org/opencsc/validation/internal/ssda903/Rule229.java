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
 * The placement provider agrees with the provider's local authority: the council's own provision
 * (PR1) is a provider in the council's area, another authority's provision (PR2) one outside it.
 * Placements Ofsted does not register for the child's placement type (K3, P1, P3, R1, R2, R5,
 * T0-T4, Z11-Z14) are left out, as are providers whose authority is not known and councils whose
 * own code (opencsc.council.ons-code) is not set.
 */
@DfeRule(
    code = "229",
    fields = {"URN", "PLACE_PROVIDER", "PLACE"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the placement provider: PR1 is the council's own provision in its"
            + " area, PR2 another authority's.")
final class Rule229 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    String council = providers.councilCode();
    if (council == null) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      if (episode.is(
          "PLACE", "K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12",
          "Z13", "Z14")) {
        continue;
      }
      Provider provider = providers.of(episode);
      if (provider == null || provider.authority() == null) {
        continue;
      }
      boolean inArea = provider.authority().equalsIgnoreCase(council);
      if ((episode.is("PLACE_PROVIDER", "PR1") && !inArea)
          || (episode.is("PLACE_PROVIDER", "PR2") && inArea)) {
        out.flag(episode, "PLACE_PROVIDER", "URN").related(provider, "LA");
      }
    }
  }
}
