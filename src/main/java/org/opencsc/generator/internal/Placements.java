package org.opencsc.generator.internal;

import java.time.LocalDate;
import org.opencsc.generator.internal.Journey.Episode;

/**
 * Placement types, providers and distances. The mix by age gives roughly the national one: foster
 * care (U1–U6) 68%, placed with parents (P1) 6%, residential and secure (K1, K2, R*) 15%, supported
 * accommodation (K3 from April 2025, H5 before) 8%, other 3%; about 15% of placements are more than
 * 20 miles from home.
 */
final class Placements {

  /** PLACE 2025 drops H5 and P2 and adds K3 for episodes starting on or after 1 April 2025. */
  static final int K3_FROM = (int) LocalDate.of(2025, 4, 1).toEpochDay();

  private static final Weighted UNDER_10 =
      new Weighted(
          "U1:4", "U2:3", "U3:6", "U4:18", "U5:30", "U6:25", "P1:8", "K2:1", "R3:1", "Z1:1",
          "T0:1");
  private static final Weighted AGED_10_TO_15 =
      new Weighted(
          "U1:3", "U2:2", "U3:5", "U4:14", "U5:25", "U6:20", "P1:5", "K2:16", "K1:1", "R1:1",
          "R5:1", "S1:1", "Z1:1");
  private static final Weighted AGED_16_17 =
      new Weighted(
          "U1:2", "U2:2", "U3:3", "U4:8", "U5:15", "U6:12", "P1:3", "K2:13", "K1:1", "R5:1",
          "SUP:30", "Z1:2");
  private static final Weighted UASC = new Weighted("SUP:45", "U5:15", "U6:15", "K2:10", "U4:5");
  private static final Weighted ADOPTION = new Weighted("A5:60", "A6:25", "A3:10", "A4:5");

  Episode place(Journey child, int day, boolean adoption, Rand rand) {
    double age = (day - child.birth) / 365.25;
    String place;
    if (adoption) {
      place = ADOPTION.pick(rand);
    } else if (child.uasc && age >= 14) {
      place = UASC.pick(rand);
    } else if (age < 10) {
      place = UNDER_10.pick(rand);
    } else if (age < 16) {
      place = AGED_10_TO_15.pick(rand);
    } else {
      place = AGED_16_17.pick(rand);
    }
    if (place.equals("SUP")) {
      place = day >= K3_FROM ? "K3" : "H5";
    }
    Episode episode = new Episode();
    episode.place = place;
    episode.provider = provider(place, rand);
    episode.distance = distance(place, rand);
    episode.plPost =
        episode.distance > 20 ? "XQ" + rand.between(1, 99) : "XS" + rand.between(1, 40);
    episode.urn = isOfsted(place) ? "SC" + rand.between(100_000, 999_999) : "XXXXXXX";
    return episode;
  }

  /** The same placement under a new legal status from day (H5 becomes K3 from April 2025). */
  Episode copy(Episode previous, int day) {
    Episode episode = new Episode();
    episode.place = previous.place.equals("H5") && day >= K3_FROM ? "K3" : previous.place;
    episode.provider = previous.provider;
    episode.distance = previous.distance;
    episode.plPost = previous.plPost;
    episode.urn = previous.urn;
    return episode;
  }

  private static boolean isOfsted(String place) {
    return place.equals("K1") || place.equals("K2") || place.equals("R1") || place.equals("S1");
  }

  private static String provider(String place, Rand rand) {
    return switch (place.charAt(0)) {
      case 'P' -> "PR0";
      case 'U' -> place.compareTo("U4") < 0 || rand.chance(0.55) ? "PR1" : "PR4";
      case 'A' -> rand.chance(0.7) ? "PR1" : "PR5";
      case 'K', 'H' -> rand.chance(0.75) ? "PR4" : "PR1";
      default -> rand.chance(0.5) ? "PR3" : "PR4";
    };
  }

  private static double distance(String place, Rand rand) {
    double miles =
        switch (place.charAt(0)) {
          case 'P' -> rand.uniform() * 3;
          case 'K', 'R', 'S' -> rand.logNormal(12, 1.0);
          default -> place.compareTo("U4") < 0 ? rand.logNormal(4, 1.0) : rand.logNormal(5.5, 1.0);
        };
    return Math.round(Math.min(miles, 400) * 10) / 10.0;
  }
}
