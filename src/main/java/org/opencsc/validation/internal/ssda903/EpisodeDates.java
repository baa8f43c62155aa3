package org.opencsc.validation.internal.ssda903;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** What several rules ask of a child's episodes. */
final class EpisodeDates {

  private EpisodeDates() {}

  /** The episode with the latest valid start date (the last in start order), or null. */
  static @Nullable Ssda903Row latest(LookedAfterChild child) {
    List<Ssda903Row> episodes = child.episodes();
    for (int i = episodes.size() - 1; i >= 0; i--) {
      if (episodes.get(i).date("DECOM") != null) {
        return episodes.get(i);
      }
    }
    return null;
  }

  /** Whether the episode was open at some point of the collection year. */
  static boolean inYear(LookedAfterChild child, Ssda903Row episode) {
    LocalDate decom = episode.date("DECOM");
    LocalDate dec = episode.date("DEC");
    return decom != null
        && !decom.isAfter(child.collectionEnd())
        && (dec == null || !dec.isBefore(child.collectionStart()));
  }
}
