package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A girl (SEX = F) who ceased to be looked after during the year (an episode ending in the year
 * with REC other than X1, not a short break: LS not V3 or V4) needs MOTHER completed on the Header.
 */
@DfeRule(
    code = "607",
    fields = {"SEX", "MOTHER", "DEC", "REC", "LS"},
    advice = "Record whether the young woman is a mother (0 or 1).")
final class Rule607 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    Ssda903Row header = child.header();
    if (header == null || !header.is("SEX", "F") || header.present("MOTHER")) {
      return;
    }
    for (Ssda903Row episode : child.episodes()) {
      LocalDate dec = episode.date("DEC");
      boolean ceased =
          dec != null
              && episode.present("REC")
              && !episode.is("REC", "X1")
              && !episode.is("LS", "V3", "V4")
              && !dec.isBefore(child.collectionStart())
              && !dec.isAfter(child.collectionEnd());
      if (ceased) {
        out.flag(header, "MOTHER").related(episode, "DEC", "REC");
      }
    }
  }
}
