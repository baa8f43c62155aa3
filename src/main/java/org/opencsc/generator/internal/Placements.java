package org.opencsc.generator.internal;

import java.time.LocalDate;
import org.opencsc.generator.internal.Journey.Episode;

/**
 * Placement types, providers and distances. The mix by age gives roughly the national one: foster
 * care (U1–U6) 68%, placed with parents (P1) 6%, residential and secure (K1, K2, R*) 15%, supported
 * accommodation (K3 from April 2024, H5 before) 8%, other 3%; about 15% of placements are more than
 * 20 miles from home.
 *
 * <p>DfE validation rules the choice respects: supported accommodation (H5, K3) only from 16 (rule
 * 371), not placed with parents (P1) while accommodated under section 20 (V2, rule 378), no
 * temporary placement (T0–T4) to start or end a period of care (rules 380, 381; none are made),
 * placed for adoption as A3, A4 or A5 only from a foster placement (rule 336), a move never to the
 * placement the child leaves (rule 435).
 */
final class Placements {

  /**
   * The first day of the 2024-25 collection year, whose PLACE codes have K3 (supported
   * accommodation) instead of H5 and P2 (liia-tools-pipeline {@code SSDA903_schema_2025.diff.yml};
   * the DfE rule 503D for 2024-25 lets the open H5 placement carried over from 2023-24 come back as
   * K3). A placement in supported accommodation starting on or after it is K3; one open on it is
   * recorded as K3 throughout ({@link CareRows}), as case-management systems recoded it.
   */
  static final int K3_FROM = (int) LocalDate.of(2024, 4, 1).toEpochDay();

  private static final Weighted UNDER_10 =
      new Weighted(
          "U1:4", "U2:3", "U3:6", "U4:18", "U5:30", "U6:25", "P1:8", "K2:1", "R3:1", "Z1:1");
  private static final Weighted AGED_10_TO_15 =
      new Weighted(
          "U1:3", "U2:2", "U3:5", "U4:14", "U5:25", "U6:20", "P1:5", "K2:16", "K1:1", "R1:1",
          "R5:1", "S1:1", "Z1:1");
  private static final Weighted AGED_16_17 =
      new Weighted(
          "U1:2", "U2:2", "U3:3", "U4:8", "U5:15", "U6:12", "P1:3", "K2:13", "K1:1", "R5:1",
          "SUP:30", "Z1:2");
  private static final Weighted UASC = new Weighted("SUP:45", "U5:15", "U6:15", "K2:10", "U4:5");
  private static final Weighted UASC_UNDER_16 = new Weighted("U5:35", "U6:35", "K2:20", "U4:10");
  private static final Weighted ADOPTION = new Weighted("A5:60", "A6:25", "A3:10", "A4:5");

  /**
   * A new placement from {@code day}: {@code previous} is the placement it follows (null for the
   * first of a period of care), {@code section20} whether the child is accommodated under section
   * 20 (LS V2) on that day.
   */
  Episode place(
      Journey child, int day, boolean adoption, Episode previous, boolean section20, Rand rand) {
    double age = (day - child.birth) / 365.25;
    String place;
    if (adoption) {
      place = ADOPTION.pick(rand);
      if (previous == null || !previous.place.startsWith("U")) {
        // not from foster carers: placed with new adopters under the placement order (A6), as the
        // DfE wants a foster placement before A3 and A4 as well as A5 (rule 336)
        place = "A6";
      }
    } else if (child.uasc && age >= 16) {
      place = UASC.pick(rand);
    } else if (child.uasc && age >= 14) {
      place = UASC_UNDER_16.pick(rand);
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
    if (place.equals("P1") && section20) {
      place = "U6";
    }
    Episode episode = new Episode();
    episode.place = place;
    episode.provider = provider(place, rand);
    episode.distance = distance(place, rand);
    episode.plPost =
        episode.distance > 20 ? "XQ" + rand.between(1, 99) : "XS" + rand.between(1, 40);
    // a residential care home (R1) is registered with the CQC, not Ofsted: no URN (DfE rule 222);
    // its number is still drawn so that the rest of the child's random stream is unchanged
    String registered = isOfsted(place) ? "SC" + rand.between(100_000, 999_999) : "XXXXXXX";
    episode.urn = place.equals("R1") ? "XXXXXXX" : registered;
    if (previous != null && samePlacement(episode, previous)) {
      // a move drew the kind of placement, provider and district the child left: the new carers
      // live in the next district, as a change of placement is a new placement (DfE rule 435)
      episode.plPost = nextDistrict(episode.plPost);
    }
    return episode;
  }

  /** Type, provider, postcode district and URN all as before: the DfE's same placement. */
  static boolean samePlacement(Episode episode, Episode previous) {
    return episode.place.equals(previous.place)
        && episode.provider.equals(previous.provider)
        && episode.plPost.equals(previous.plPost)
        && episode.urn.equals(previous.urn);
  }

  /** The district after {@code plPost} among its kind: XS1 to XS40 (near), XQ1 to XQ99 (far). */
  static String nextDistrict(String plPost) {
    String kind = plPost.substring(0, 2);
    int number = Integer.parseInt(plPost.substring(2));
    int count = kind.equals("XS") ? 40 : 99;
    return kind + (number % count + 1);
  }

  /** The same placement under a new legal status. */
  Episode copy(Episode previous) {
    Episode episode = new Episode();
    episode.place = previous.place;
    episode.provider = previous.provider;
    episode.distance = previous.distance;
    episode.plPost = previous.plPost;
    episode.urn = previous.urn;
    return episode;
  }

  /** The code of {@code place} in the return of {@code year}: K3 is H5 before 2024-25. */
  static String codeIn(String place, ReportingYear year) {
    boolean beforeK3 = year.end().toEpochDay() < K3_FROM;
    return beforeK3 && place.equals("K3") ? "H5" : place;
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
