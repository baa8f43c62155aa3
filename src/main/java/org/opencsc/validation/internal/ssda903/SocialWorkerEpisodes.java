package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** A child's social worker episodes as the SW rules read them. */
final class SocialWorkerEpisodes {

  private SocialWorkerEpisodes() {}

  /** The episodes with a valid start date (SW_DECOM), in start order. */
  static List<Ssda903Row> started(LookedAfterChild child) {
    List<Ssda903Row> started = new ArrayList<>();
    for (Ssda903Row episode : child.swEpisodes()) {
      if (episode.date("SW_DECOM") != null) {
        started.add(episode);
      }
    }
    started.sort(Comparator.comparing((Ssda903Row r) -> r.date("SW_DECOM")));
    return started;
  }

  /** The episode that started last, or null when none has a valid start date. */
  static @Nullable Ssda903Row latest(LookedAfterChild child) {
    List<Ssda903Row> started = started(child);
    return started.isEmpty() ? null : started.get(started.size() - 1);
  }

  /** Whether the child is looked after on 31 March: an episode started by then has not ended. */
  static boolean lookedAfterAtYearEnd(LookedAfterChild child) {
    for (Ssda903Row episode : child.episodes()) {
      LocalDate decom = episode.date("DECOM");
      LocalDate dec = episode.date("DEC");
      boolean open = episode.blank("DEC") || (dec != null && dec.isAfter(child.collectionEnd()));
      if (decom != null && !decom.isAfter(child.collectionEnd()) && open) {
        return true;
      }
    }
    return false;
  }
}
