package org.opencsc.validation.internal.ssda903;

import java.util.Locale;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Providers.Provider;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * For a placement at the provider's own premises (PL H5, K1, K2, K3, R3, S1; not a short-term
 * break, LS V3 or V4) with a URN and a placement postcode, the placement postcode is the
 * provider's. The return's PL_POST is usually the postcode sector ({@code ZZ1 1}), so it is
 * compared with the provider's postcode cut to its sector; a full PL_POST is compared in full. A
 * URN not in the lists is 1008's finding; a provider listed without a postcode cannot be judged.
 */
@DfeRule(
    code = "221",
    fields = {"URN", "PL_POST", "PLACE", "LS"},
    needs = Need.PROVIDERS,
    advice =
        "Check the URN and the placement postcode: the provider is registered at the postcode"
            + " shown.")
final class Rule221 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Providers providers = child.providers();
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("PLACE", "H5", "K1", "K2", "K3", "R3", "S1")
          || episode.is("LS", "V3", "V4")
          || episode.blank("PL_POST")) {
        continue;
      }
      Provider provider = providers.of(episode);
      if (provider != null
          && !provider.postcode().isBlank()
          && !same(episode.value("PL_POST"), provider.postcode())) {
        out.flag(episode, "PL_POST", "URN").related(provider, "POSTCODE");
      }
    }
  }

  /** The placement postcode against the provider's: in full when given in full, else by sector. */
  static boolean same(String placement, String provider) {
    String given = compact(placement);
    String sector = Postcodes.key(placement);
    if (!given.equals(sector)) {
      return given.equals(compact(provider));
    }
    return sector.equals(Postcodes.key(provider));
  }

  private static String compact(String postcode) {
    return postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }
}
