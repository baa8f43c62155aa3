package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Whether the child is a mother (MOTHER) is 0 or 1, given only for a child who is not male, and
 * required for a female child looked after this year — it may be blank only when she had no episode
 * this year and is reported as a care leaver (OC3). Short breaks (LS V3, V4) do not count as being
 * looked after here, and a child with only short breaks is left alone.
 */
@DfeRule(
    code = "165",
    fields = {"MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"},
    advice =
        "Record whether the young woman is a mother (0 or 1); leave it blank for a male child.")
final class Rule165 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null) {
      return;
    }
    boolean lookedAfter = false;
    boolean inYear = false;
    for (Ssda903Row episode : child.episodes()) {
      if (!episode.is("LS", "V3", "V4")) {
        lookedAfter = true;
        inYear |= EpisodeDates.inYear(child, episode);
      }
    }
    if (!lookedAfter) {
      return;
    }
    if (header.present("MOTHER")) {
      if (!header.is("MOTHER", "0", "1")) {
        out.flag(header, "MOTHER");
      } else if (header.is("SEX", "M")) {
        out.flag(header, "MOTHER", "SEX");
      }
      return;
    }
    boolean careLeaver = child.oc3().stream().anyMatch(CareLeaver::hasInformation);
    if (header.is("SEX", "F") && (inYear || !careLeaver)) {
      out.flag(header, "MOTHER").related(header, "SEX");
    }
  }
}
