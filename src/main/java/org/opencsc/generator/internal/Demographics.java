package org.opencsc.generator.internal;

import java.time.LocalDate;
import java.util.List;
import org.opencsc.generator.model.ChildHistory.Child;

/** A child's identifiers and characteristics: sex, ethnicity (England's mix), UPN, disability. */
final class Demographics {

  private static final Weighted ETHNICITY =
      new Weighted(
          "WBRI:70",
          "WIRI:0.3",
          "WOTH:5.5",
          "WIRT:0.3",
          "WROM:0.4",
          "MWBC:1.7",
          "MWBA:0.8",
          "MWAS:1.2",
          "MOTH:2.2",
          "AIND:2.4",
          "APKN:3.5",
          "ABAN:1.2",
          "AOTH:1.8",
          "BCRB:0.9",
          "BAFR:3.5",
          "BOTH:0.8",
          "CHNE:0.3",
          "OOTH:2.0",
          "REFU:0.4",
          "NOBT:1.2");
  private static final Weighted UASC_ETHNICITY =
      new Weighted("OOTH:35", "BAFR:25", "AOTH:25", "BOTH:10", "WOTH:5");
  private static final Weighted DISABILITY =
      new Weighted(
          "AUT:25", "LD:20", "BEH:15", "COMM:10", "MOB:6", "HAND:4", "PC:4", "CON:4", "HEAR:3",
          "VIS:3", "INC:2", "DDA:4");
  private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Demographics() {}

  static String childId(int index) {
    return String.format("C%07d", index + 1);
  }

  static Child child(int index, Journey journey, Rand rand, int asAt) {
    String sex = journey.uasc ? (rand.chance(0.92) ? "M" : "F") : rand.chance(0.52) ? "M" : "F";
    // a few referrals do not record the child's sex; a council knows the sex of every child it
    // looks after, and the SSDA903 queries U (rule 232)
    if (rand.chance(0.003) && journey.care.isEmpty()) {
      sex = "U";
    }
    boolean born = journey.birth <= asAt;
    if (!born) {
      sex = "U"; // an unborn child's sex is U (CIN rule 8750)
    }
    LocalDate birth = born ? LocalDate.ofEpochDay(journey.birth) : null;
    LocalDate expected =
        journey.preBirth ? LocalDate.ofEpochDay(journey.birth + rand.between(-10, 10)) : null;
    double ageAtAsAt = (asAt - journey.birth) / 365.25;
    String upn = null;
    String upnUnknown = null;
    if (!born || !ofSchoolAge(journey.birth, asAt)) {
      upnUnknown = "UN1";
    } else if (journey.uasc && rand.chance(0.6)) {
      upnUnknown = "UN2";
    } else {
      upn = upn(index);
    }
    LocalDate duc = null;
    if (journey.uasc) {
      int eighteen = journey.eighteenth();
      duc = eighteen <= asAt ? LocalDate.ofEpochDay(eighteen) : null;
    }
    String ethnicity = journey.uasc ? UASC_ETHNICITY.pick(rand) : ETHNICITY.pick(rand);
    Boolean mother = null;
    LocalDate motherChild = null;
    // the SSDA903 asks whether every looked-after girl is a mother (rules 165, 393), 0 below 14
    if (sex.equals("F") && !journey.care.isEmpty()) {
      mother = false;
      if (ageAtAsAt >= 14) {
        mother = rand.chance(0.02);
        // born while the young woman was looked after, not after her care ended (rule 625)
        int lastEnd = journey.care.get(journey.care.size() - 1).end;
        int until = lastEnd == Journey.NONE || lastEnd > asAt ? asAt : lastEnd;
        motherChild = mother ? LocalDate.ofEpochDay(until - rand.between(30, 300)) : null;
      }
    }
    String id = childId(index);
    return new Child(
        id,
        upn,
        upnUnknown,
        sex,
        birth,
        expected,
        null,
        ethnicity,
        journey.uasc,
        duc,
        mother,
        motherChild);
  }

  static List<String> disabilities(Journey journey, Rand rand) {
    if (journey.disabledTeam || rand.chance(0.06)) {
      String first = DISABILITY.pick(rand);
      String second = DISABILITY.pick(rand);
      return first.compareTo(second) < 0 ? List.of(first, second) : List.of(first);
    }
    return List.of("NONE");
  }

  /**
   * A synthetic UPN: check letter, then the code of the authority that issued it, a school number,
   * a year and a serial from the child's index. The check letter follows the DfE's modulus-23 rule.
   * The DfE accepts only a recognised authority's code (CIN rule 1530), so Exampleshire's own 999
   * cannot be used: the code is 201, the City of London, whose one maintained school is not among
   * the school numbers 2000 to 2099 used here, so no synthetic UPN is a real pupil's.
   */
  /**
   * Of school age at {@code asAt}: aged 4 by 31 August before the school year of {@code asAt}, so
   * in reception or above, with a UPN (UN1, "not of school age", only for younger children; CIN
   * rule 8770Q, SSDA903 rule 209).
   */
  static boolean ofSchoolAge(int birth, int asAt) {
    LocalDate day = LocalDate.ofEpochDay(asAt);
    int schoolYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    return !LocalDate.ofEpochDay(birth).isAfter(LocalDate.of(schoolYear - 4, 8, 31));
  }

  static String upn(int index) {
    String digits =
        String.format(
            "201%04d%02d%03d", 2000 + index / 10_000, 10 + index / 1000 % 10, index % 1000);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (i + 2);
    }
    return CHECK_LETTERS.charAt(sum % 23) + digits;
  }
}
