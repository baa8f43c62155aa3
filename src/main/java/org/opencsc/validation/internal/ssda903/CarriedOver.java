package org.opencsc.validation.internal.ssda903;

import java.util.List;
import java.util.Optional;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * The episode open at the end of last year's return and this year's first episode, which should be
 * the same episode carried over: for the rules that compare the two years (502, 503A to 503J).
 */
record CarriedOver(Ssda903Row lastYear, Ssda903Row first) {

  /**
   * The child's latest episode in last year's return when it had no end date, with this year's
   * first episode; empty when last year's return was not supplied, or the child had no open episode
   * in it, or has no episode this year.
   */
  static Optional<CarriedOver> of(LookedAfterChild child) {
    List<Ssda903Row> episodes = child.episodes();
    if (episodes.isEmpty() || episodes.get(0).date("DECOM") == null) {
      return Optional.empty();
    }
    return child
        .lastYear()
        .map(LookedAfterChild::episodes)
        .filter(last -> !last.isEmpty())
        .map(last -> last.get(last.size() - 1))
        .filter(open -> open.blank("DEC"))
        .map(open -> new CarriedOver(open, episodes.get(0)));
  }
}
