package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * What changed from one episode to the next, for the rules that check the reason for the new
 * episode (RNE) against it.
 */
final class EpisodeChange {

  private EpisodeChange() {}

  static boolean sameLegalStatus(Ssda903Row episode, Ssda903Row before) {
    return episode.value("LS").equals(before.value("LS"));
  }

  /** The same placement: type, postcode, Ofsted URN and provider all unchanged. */
  static boolean samePlacement(Ssda903Row episode, Ssda903Row before) {
    for (String field : new String[] {"PLACE", "PL_POST", "URN", "PLACE_PROVIDER"}) {
      if (!episode.value(field).equals(before.value(field))) {
        return false;
      }
    }
    return true;
  }
}
