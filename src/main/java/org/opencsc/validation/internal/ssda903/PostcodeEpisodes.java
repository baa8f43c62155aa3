package org.opencsc.validation.internal.ssda903;

import org.opencsc.validation.ssda903.LookedAfterChild;

/** Who the rules on the distance from home leave out. */
final class PostcodeEpisodes {

  private PostcodeEpisodes() {}

  /**
   * Whether the child is or was an unaccompanied asylum seeker, this year or last (when last year's
   * return was supplied): such a child has no home postcode, so no distance.
   */
  static boolean uasc(LookedAfterChild child) {
    return Uasc.status(child) || child.lastYear().map(Uasc::status).orElse(false);
  }
}
