package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.Locale;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * An episode open at some time in the collection year (DEC on or after 1 April, or none) has an
 * Ofsted URN (XXXXXXX where the DfE allows it) — except placements Ofsted does not register (P1,
 * P3, R1, R2, R5, T0-T4, Z1, Z11-Z14), short-term breaks (LS V3, V4: 214 wants no URN there) and
 * placements outside England: the placement's authority (PL_LA, from the placement postcode) is not
 * an English one (its code does not start with E). A placement whose authority is not known (blank
 * or unknown postcode) is left to 169.
 */
@DfeRule(
    code = "218",
    fields = {"URN", "PLACE", "DEC", "LS", "PL_POST"},
    needs = Need.POSTCODES,
    advice =
        "Record the provider's Ofsted URN (XXXXXXX if the provider has none or it is not known).")
final class Rule218 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    for (Ssda903Row episode : child.episodes()) {
      if (episode.present("URN")
          || episode.is("LS", "V3", "V4")
          || episode.is(
              "PLACE", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1", "Z11",
              "Z12", "Z13", "Z14")
          || episode.invalidDate("DEC")) {
        continue;
      }
      LocalDate end = episode.date("DEC");
      if (end != null && end.isBefore(child.collectionStart())) {
        continue;
      }
      String authority = child.postcodes().placementAuthority(episode);
      if (authority != null && authority.toUpperCase(Locale.ROOT).startsWith("E")) {
        out.flag(episode, "URN").related(episode, "PLACE", "PL_POST");
      }
    }
  }
}
