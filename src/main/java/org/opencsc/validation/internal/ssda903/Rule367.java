package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Short-term breaks (LS V3) cannot add up to more than 75 days in a year. As the DfE's check does,
 * the days are counted within the collection year (an open break to 31 March).
 */
@DfeRule(
    code = "367",
    fields = {"LS", "DECOM", "DEC"},
    advice =
        "Check the short breaks' dates; a child with more respite than this is usually looked"
            + " after under another legal status.")
final class Rule367 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    List<Ssda903Row> breaks = new ArrayList<>();
    long days = 0;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start == null || !episode.is("LS", "V3")) {
        continue;
      }
      LocalDate end = episode.date("DEC");
      if (end == null || end.isAfter(child.collectionEnd())) {
        end = child.collectionEnd();
      }
      if (start.isBefore(child.collectionStart())) {
        start = child.collectionStart();
      }
      long length = ChronoUnit.DAYS.between(start, end);
      if (length > 0) {
        breaks.add(episode);
        days += length;
      }
    }
    if (days > 75) {
      RuleOutput.Finding finding = out.flag(breaks.get(0), "DECOM", "DEC");
      for (Ssda903Row episode : breaks.subList(1, breaks.size())) {
        finding.flag(episode, "DECOM", "DEC");
      }
    }
  }
}
