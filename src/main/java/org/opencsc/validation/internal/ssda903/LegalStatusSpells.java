package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * For the rules that limit how long a legal status may last (police protection, emergency
 * protection, child assessment, PACE detention): the spells of one legal status, each a run of
 * episodes with that status where every episode starts the day the one before it ended. An open
 * episode counts to the end of the collection year.
 */
final class LegalStatusSpells {

  private LegalStatusSpells() {}

  /** Flags every episode of each spell of {@code status} that lasts more than {@code maxDays}. */
  static void flagLongerThan(LookedAfterChild child, RuleOutput out, String status, long maxDays) {
    List<Ssda903Row> spell = new ArrayList<>();
    LocalDate spellEnd = null;
    for (Ssda903Row episode : child.episodes()) {
      LocalDate start = episode.date("DECOM");
      if (start == null || !episode.is("LS", status)) {
        finish(spell, child, out, maxDays);
        spellEnd = null;
        continue;
      }
      if (!spell.isEmpty() && !start.equals(spellEnd)) {
        finish(spell, child, out, maxDays);
      }
      spell.add(episode);
      spellEnd = end(episode, child);
    }
    finish(spell, child, out, maxDays);
  }

  private static LocalDate end(Ssda903Row episode, LookedAfterChild child) {
    LocalDate end = episode.date("DEC");
    return end == null ? child.collectionEnd() : end;
  }

  private static void finish(
      List<Ssda903Row> spell, LookedAfterChild child, RuleOutput out, long maxDays) {
    if (spell.isEmpty()) {
      return;
    }
    LocalDate start = spell.get(0).date("DECOM");
    LocalDate end = end(spell.get(spell.size() - 1), child);
    if (ChronoUnit.DAYS.between(start, end) > maxDays) {
      RuleOutput.Finding finding = null;
      for (Ssda903Row episode : spell) {
        finding =
            finding == null
                ? out.flag(episode, "LS", "DECOM", "DEC")
                : finding.flag(episode, "LS", "DECOM", "DEC");
      }
    }
    spell.clear();
  }
}
