package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Need;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * A care leaver (OC3) must be a relevant or former relevant child: looked after for at least 13
 * weeks (91 days) since their 14th birthday, some of it after their 16th, not counting short breaks
 * (LS V3, V4), and not adopted (latest episode ending E11 or E12). The days are counted over this
 * year's and last year's episodes (an episode in both returns counts once; the latest, if open,
 * counts to 31 March). Young people of 20 or over at 31 March are left out: two years of episodes
 * cannot show their care history.
 */
@DfeRule(
    code = "1001",
    fields = {"IN_TOUCH", "ACTIV", "ACCOM", "DOB", "DECOM", "DEC", "LS", "REC"},
    needs = Need.PREVIOUS_RETURN,
    advice =
        "Check the young person's episodes since their 14th birthday; remove the care leaver"
            + " record if they were not looked after long enough to be a relevant child.")
final class Rule1001 implements Rule<LookedAfterChild> {

  @Override
  public void check(LookedAfterChild child, RuleOutput out) {
    if (child.oc3().isEmpty()) {
      return;
    }
    LocalDate dob = child.dob();
    LocalDate end = child.collectionEnd();
    if (dob == null || !dob.plusYears(20).isAfter(end)) {
      return;
    }
    List<Ssda903Row> episodes = bothYears(child);
    if (episodes.isEmpty()) {
      return;
    }
    LocalDate at14 = dob.plusYears(14);
    LocalDate at16 = dob.plusYears(16);
    long after14 = 0;
    long after16 = 0;
    Ssda903Row latest = episodes.get(episodes.size() - 1);
    for (Ssda903Row episode : episodes) {
      if (episode.is("LS", "V3", "V4")) {
        continue;
      }
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      if (dec == null && episode == latest) {
        dec = end;
      }
      if (dec == null) {
        continue;
      }
      after14 += days(max(decom, at14), dec);
      after16 += days(max(decom, at16), dec);
    }
    boolean adopted = latest.is("REC", "E11", "E12");
    if (adopted || after14 < 91 || after16 < 1) {
      for (Ssda903Row oc3 : child.oc3()) {
        out.flag(oc3, CareLeaver.FIELDS);
      }
    }
  }

  /** This year's and last year's episodes with a valid start, once per start date, in order. */
  private static List<Ssda903Row> bothYears(LookedAfterChild child) {
    Map<LocalDate, Ssda903Row> byStart = new LinkedHashMap<>();
    List<Ssda903Row> all = new ArrayList<>();
    child.lastYear().ifPresent(last -> all.addAll(last.episodes()));
    all.addAll(child.episodes());
    for (Ssda903Row episode : all) {
      LocalDate decom = episode.date("DECOM");
      if (decom == null) {
        continue;
      }
      Ssda903Row seen = byStart.get(decom);
      // the same episode in both returns: keep the one that knows its end
      if (seen == null || (seen.date("DEC") == null && episode.date("DEC") != null)) {
        byStart.put(decom, episode);
      }
    }
    List<Ssda903Row> episodes = new ArrayList<>(byStart.values());
    episodes.sort(Comparator.comparing((Ssda903Row e) -> e.date("DECOM")));
    return episodes;
  }

  private static LocalDate max(@Nullable LocalDate a, LocalDate b) {
    return a == null || a.isBefore(b) ? b : a;
  }

  private static long days(LocalDate from, LocalDate to) {
    return Math.max(0, ChronoUnit.DAYS.between(from, to));
  }
}
