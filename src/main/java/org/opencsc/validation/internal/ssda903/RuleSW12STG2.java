package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A child looked after on 31 March has their social worker episodes reported for the whole year:
 * the earliest must begin (SW_DECOM) by 1 April, or by the day the child's first episode of the
 * year began if that was later. Social workers before the child was looked after are known only to
 * the case-management system, so the return cannot show they are missing; this checks the time the
 * child was looked after.
 */
@DfeRule(
    code = "SW12STG2",
    fields = {"SW_DECOM", "DECOM", "DEC"},
    advice =
        "Report every social worker the child had during the year, including any before they"
            + " became looked after.")
final class RuleSW12STG2 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (!SocialWorkerEpisodes.lookedAfterAtYearEnd(child)) {
      return;
    }
    Ssda903Row firstInYear = null;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      if (decom != null && (dec == null || !dec.isBefore(child.collectionStart()))) {
        firstInYear = episode;
        break; // episodes are in start order
      }
    }
    if (firstInYear == null) {
      return;
    }
    LocalDate from = firstInYear.date("DECOM");
    if (from.isBefore(child.collectionStart())) {
      from = child.collectionStart();
    }
    List<Ssda903Row> started = SocialWorkerEpisodes.started(child);
    if (started.isEmpty()) {
      out.flag(firstInYear, "DECOM");
    } else if (started.get(0).date("SW_DECOM").isAfter(from)) {
      out.flag(started.get(0), "SW_DECOM").related(firstInYear, "DECOM");
    }
  }
}
