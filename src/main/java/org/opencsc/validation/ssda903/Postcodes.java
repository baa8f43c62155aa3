package org.opencsc.validation.ssda903;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Postcode reference data as the SSDA903 needs it. The return's HOME_POST and PL_POST are partial
 * postcodes (the postcode sector: the outward code and the first character of the inward code,
 * {@code ZZ1 1}), so each sector is known by the centre of its postcodes and the authority most of
 * them are in. From them come the fields the DfE derives: the distance from home to placement
 * (PL_DISTANCE), the placement's authority (PL_LA) and whether that is the council's own
 * (PL_LOCATION).
 *
 * @param sectors by sector, written without spaces ({@link #key})
 * @param councilCode the council's own authority code, as the sectors give theirs; null when not
 *     set (PL_LOCATION is then unknown)
 */
public record Postcodes(Map<String, Sector> sectors, @Nullable String councilCode) {

  /** The DfE's factor from kilometres to miles. */
  private static final double KM_PER_MILE = 1.6093;

  /**
   * One postcode sector.
   *
   * @param easting the mean easting of its postcodes (metres, British National Grid)
   * @param northing the mean northing of its postcodes
   * @param authority the authority most of its postcodes are in
   */
  public record Sector(double easting, double northing, String authority) {}

  public Postcodes {
    sectors = Map.copyOf(sectors);
    councilCode = councilCode == null || councilCode.isBlank() ? null : councilCode.trim();
  }

  /**
   * A postcode's sector key: upper case without spaces, a full postcode cut to its sector ({@code
   * zz1 1aa} and {@code ZZ1 1} are both {@code ZZ11}). Unambiguous: the inward code always starts
   * with a digit and ends with two letters.
   */
  public static String key(String postcode) {
    // by hand, not by regular expression: the rules look up two postcodes per episode each
    StringBuilder key = new StringBuilder(postcode.length());
    for (int i = 0; i < postcode.length(); i++) {
      char c = postcode.charAt(i);
      if (!Character.isWhitespace(c)) {
        key.append(Character.toUpperCase(c));
      }
    }
    int n = key.length();
    if (n >= 5
        && Character.isDigit(key.charAt(n - 3))
        && isLetter(key.charAt(n - 2))
        && isLetter(key.charAt(n - 1))) {
      key.setLength(n - 2);
    }
    return key.toString();
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The sector of a postcode as given, or null when blank or not in the data. */
  public @Nullable Sector sector(@Nullable String postcode) {
    if (postcode == null || postcode.isBlank()) {
      return null;
    }
    return sectors.get(key(postcode));
  }

  /** Whether the postcode is in the data (blank is not). */
  public boolean known(@Nullable String postcode) {
    return sector(postcode) != null;
  }

  /**
   * PL_DISTANCE: miles between the episode's home and placement sectors to one decimal place, as
   * the DfE's guide works it out (straight line, grid metres / 1000 / 1.6093); null when either
   * postcode is blank or unknown.
   */
  public @Nullable Double distance(Ssda903Row episode) {
    Sector home = sector(episode.value("HOME_POST"));
    Sector placement = sector(episode.value("PL_POST"));
    if (home == null || placement == null) {
      return null;
    }
    double metres =
        Math.hypot(home.easting() - placement.easting(), home.northing() - placement.northing());
    return Math.round(metres / 1000 / KM_PER_MILE * 10) / 10.0;
  }

  /** PL_LA: the authority of the placement's sector, or null when PL_POST is blank or unknown. */
  public @Nullable String placementAuthority(Ssda903Row episode) {
    Sector placement = sector(episode.value("PL_POST"));
    return placement == null ? null : placement.authority();
  }

  /**
   * PL_LOCATION: {@code IN} when the placement's authority is the council's own, {@code OUT} when
   * another; null when the placement's authority or the council's code is unknown.
   */
  public @Nullable String location(Ssda903Row episode) {
    String authority = placementAuthority(episode);
    if (authority == null || councilCode == null) {
      return null;
    }
    return authority.equalsIgnoreCase(councilCode) ? "IN" : "OUT";
  }
}
