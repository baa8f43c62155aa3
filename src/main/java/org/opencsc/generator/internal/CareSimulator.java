package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Episode;

/**
 * A period of care: its length and ending (REC), legal-status changes and placement moves, as
 * contiguous SSDA903 episodes (RNE S, then P, L or T; each ends with X1 but the last).
 */
final class CareSimulator {

  private static final Weighted START_LS =
      new Weighted("C2:38", "V2:40", "L1:5", "L2:3", "C1:6", "J1:2", "E1:1");
  private static final Weighted REC_UNDER_18 =
      new Weighted(
          "E4A:40", "E4B:8", "E41:8", "E45:6", "E46:6", "E47:3", "E48:3", "E13:10", "E8:8", "E3:3",
          "E9:2", "E16:1");
  private static final Weighted REC_AT_18 =
      new Weighted("E17:30", "E5:30", "E6:10", "E8:20", "E13:10");
  private static final Weighted REASON_CHANGE =
      new Weighted(
          "CARPL:25",
          "CLOSE:3",
          "ALLEG:3",
          "STAND:10",
          "APPRR:15",
          "CREQB:8",
          "CREQO:6",
          "CHILD:10",
          "LAREQ:12",
          "PLACE:4",
          "CUSTOD:1",
          "OTHER:3");

  private final Placements placements;

  CareSimulator(Placements placements) {
    this.placements = placements;
  }

  CarePeriod simulate(Journey child, int start, Rand rand) {
    CarePeriod period = new CarePeriod();
    period.start = start;
    int eighteen = child.eighteenth();
    double age = (start - child.birth) / 365.25;
    boolean adoption = false;
    if (child.uasc) {
      period.end = rand.chance(0.9) ? eighteen : start + (int) rand.logNormal(200, 0.6);
    } else {
      double kind = rand.uniform();
      if (kind < 0.35) {
        period.end = start + (int) rand.logNormal(60, 0.8);
      } else if (kind < 0.68) {
        period.end = start + (int) rand.logNormal(420, 0.5);
      } else if (age < 4 && rand.chance(0.45)) {
        adoption = true;
        period.end = start + rand.between(450, 900);
      } else {
        period.end = eighteen;
      }
    }
    period.end = Math.max(start + 1, Math.min(period.end, eighteen));
    if (adoption && isMarch31(period.end) && period.end - 1 > start) {
      // a child adopted on 31 March after a year in care would count as looked after all year,
      // which the DfE does not allow with an adoption (rule 187): the order is made a day earlier
      period.end--;
    }
    if (adoption) {
      period.rec = rand.chance(0.9) ? "E11" : "E12";
      period.placedForAdoption = Math.max(start + 60, period.end - rand.between(120, 300));
    } else if (period.end >= eighteen) {
      period.rec = REC_AT_18.pick(rand);
    } else {
      period.rec = child.uasc && rand.chance(0.2) ? "E15" : REC_UNDER_18.pick(rand);
    }
    double group = rand.uniform();
    period.instability = group < 0.75 ? 0 : group < 0.93 ? 1 : 2;
    period.missingProne = rand.chance(age >= 11 ? 0.16 : 0.02);
    episodes(child, period, rand);
    String lastPlace = period.episodes.get(period.episodes.size() - 1).place;
    if (!lastPlace.startsWith("U") && (period.rec.equals("E45") || period.rec.equals("E46"))) {
      // a special guardianship order to former foster carers needs a foster placement (rule 516)
      period.rec = period.rec.equals("E45") ? "E47" : "E48";
    }
    return period;
  }

  private void episodes(Journey child, CarePeriod period, Rand rand) {
    List<int[]> changes = new ArrayList<>(); // {day, 1 placement | 2 legal | 3 both}
    String ls = child.uasc ? "V2" : START_LS.pick(rand);
    if (ls.equals("J1") && period.start - child.birth < 10 * 365.25) {
      ls = "V2"; // remand only from 10 (DfE rule 358)
    }
    if (ls.equals("E1") && period.placedForAdoption == NONE) {
      // a placement order without a decision to place for adoption is not a return's (rule 553):
      // the child is on a full care order instead
      ls = "C1";
    }
    String[] legal = legalChanges(ls, period, changes, rand);
    double perYear = new double[] {0.25, 0.9, 2.8}[period.instability];
    for (int t = period.start; ; ) {
      t += Math.max(1, (int) rand.exponential(365 / perYear));
      if (t >= period.end || (period.placedForAdoption != NONE && t >= period.placedForAdoption)) {
        break;
      }
      changes.add(new int[] {t, 1});
    }
    if (period.placedForAdoption != NONE) {
      changes.add(new int[] {period.placedForAdoption, 3});
    }
    changes.sort((a, b) -> Integer.compare(a[0], b[0]));
    Episode first = placements.place(child, period.start, false, null, ls.equals("V2"), rand);
    first.decom = period.start;
    first.rne = "S";
    first.ls = ls;
    period.episodes.add(first);
    int legalIndex = 0;
    for (int i = 0; i < changes.size(); i++) {
      int day = changes.get(i)[0];
      int kind = changes.get(i)[1];
      while (i + 1 < changes.size() && changes.get(i + 1)[0] == day) {
        kind |= changes.get(++i)[1];
      }
      Episode previous = period.episodes.get(period.episodes.size() - 1);
      if (day <= previous.decom) {
        continue;
      }
      String nextLs = previous.ls;
      if ((kind & 2) != 0) {
        nextLs = kind == 3 && period.placedForAdoption == day ? "E1" : legal[legalIndex++];
      }
      if (nextLs.equals("V2") && previous.place.equals("P1")) {
        kind |= 1; // not placed with parents under section 20 (DfE rule 378)
      }
      Episode next = next(child, period, previous, day, kind, nextLs, rand);
      if (next.ls.equals(previous.ls)) {
        if ((kind & 1) == 0) {
          continue; // no change after all
        }
        // placed for adoption with the current foster carers (A3, A5): the placement's status
        // changes, not the carers, and so RNE T rather than P (DfE rule 217)
        next.rne = next.place.equals("A3") || next.place.equals("A5") ? "T" : "P";
      }
      period.episodes.add(next);
    }
  }

  private Episode next(
      Journey child, CarePeriod period, Episode previous, int day, int kind, String ls, Rand rand) {
    boolean placementChange = (kind & 1) != 0;
    Episode next;
    if (placementChange) {
      boolean adoption = day == period.placedForAdoption;
      next = placements.place(child, day, adoption, previous, ls.equals("V2"), rand);
      previous.reasonPlaceChange = REASON_CHANGE.pick(rand);
      // no custody under 10 (DfE rule 234, which takes the age at the start of the placement)
      if (previous.reasonPlaceChange.equals("CUSTOD")
          && previous.decom - child.birth < 10 * 365.25) {
        previous.reasonPlaceChange = "CARPL";
      }
    } else {
      next = placements.copy(previous);
    }
    next.decom = day;
    next.ls = ls;
    // a change of both placement and legal status is U (DfE rule 436); P and T are placement only
    // (rule 435)
    next.rne = kind == 3 ? "U" : kind == 1 ? "P" : "L";
    return next;
  }

  /** Legal-status changes after the start: interim to full care orders, police powers to s20. */
  private static String[] legalChanges(
      String ls, CarePeriod period, List<int[]> changes, Rand rand) {
    List<String> statuses = new ArrayList<>();
    String current = ls;
    int day = period.start;
    if (current.equals("L1") || current.equals("L2")) {
      // police protection lasts at most 72 hours, an emergency protection order 21 days (rules
      // 361, 362)
      day += current.equals("L1") ? rand.between(1, 3) : rand.between(1, 8);
      current = rand.chance(0.6) ? "C2" : "V2";
      add(changes, statuses, day, current, period);
    }
    if (current.equals("V2") && rand.chance(0.25)) {
      day += rand.between(40, 200);
      current = "C2";
      add(changes, statuses, day, current, period);
    }
    if (current.equals("C2")) {
      day += rand.between(150, 400);
      add(changes, statuses, day, "C1", period);
    }
    return statuses.toArray(String[]::new);
  }

  private static void add(
      List<int[]> changes, List<String> statuses, int day, String ls, CarePeriod period) {
    int limit = period.placedForAdoption != NONE ? period.placedForAdoption : period.end;
    if (day < limit) {
      changes.add(new int[] {day, 2});
      statuses.add(ls);
    }
  }

  private static boolean isMarch31(int day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    return date.getMonthValue() == 3 && date.getDayOfMonth() == 31;
  }

  /** The CIN ReasonForClosure that goes with a REC. */
  static String closureReason(String rec, boolean adult) {
    if (adult) {
      return "RC6";
    }
    return switch (rec) {
      case "E11", "E12" -> "RC1";
      case "E45", "E46", "E47", "E48" -> "RC4";
      case "E41" -> "RC3";
      case "E2" -> "RC2";
      case "E3" -> "RC5";
      default -> "RC7";
    };
  }
}
