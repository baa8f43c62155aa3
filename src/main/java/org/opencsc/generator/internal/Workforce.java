package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.util.ArrayList;
import java.util.List;

/**
 * The council's workforce over the simulated period: a director, a head of service per area, a team
 * manager and case-holding practitioners per team. Each post is held by a chain of workers,
 * permanent or agency, with vacant gaps between them (turnover 15.9%, agency 17.8%).
 */
final class Workforce {

  /** Practitioners per team, about. */
  static final double TEAM_SIZE = 7;

  final List<Staff> staff = new ArrayList<>();

  /** teamArea[t]: the service area of team t; teamNumber[t]: its number within the area. */
  final List<int[]> teams = new ArrayList<>();

  private final List<Staff> directors = new ArrayList<>();
  private final List<List<Staff>> heads = new ArrayList<>();
  private final List<List<Staff>> teamManagers = new ArrayList<>();

  private final Rand rand;
  private final int periodStart;
  private final int asAt;

  Workforce(Rand rand, int periodStart, int asAt) {
    this.rand = rand;
    this.periodStart = periodStart;
    this.asAt = asAt;
  }

  /** Builds the workforce for the average open cases per service area. */
  Workforce build(double[] openCases) {
    chain(1, -1, -1, 0.05, 5);
    int[] practitioners = new int[ServiceAreas.COUNT];
    for (int area = 0; area < ServiceAreas.COUNT; area++) {
      heads.add(new ArrayList<>());
      chain(2, area, -1, 0.1, 5);
      double fte = openCases[area] / Calibration.MEAN_CASELOAD;
      int seats = (int) Math.ceil(fte / 0.92);
      int teamCount = Math.max(seats >= 8 ? 2 : 1, (int) Math.round(seats / TEAM_SIZE));
      practitioners[area] = Math.max(seats, 2 * teamCount);
      for (int number = 1; number <= teamCount; number++) {
        teams.add(new int[] {area, number});
      }
    }
    for (int team = 0; team < teams.size(); team++) {
      teamManagers.add(new ArrayList<>());
      chain(3, teams.get(team)[0], team, 0.15, 5);
    }
    for (int team = 0; team < teams.size(); team++) {
      int area = teams.get(team)[0];
      int teamCount = (int) teams.stream().filter(t -> t[0] == area).count();
      int number = teams.get(team)[1];
      int seats =
          practitioners[area] / teamCount + (number <= practitioners[area] % teamCount ? 1 : 0);
      for (int seat = 0; seat < seats; seat++) {
        chain(seat == 0 ? 4 : 5, area, team, Calibration.AGENCY_HIRE_SHARE, 0);
      }
    }
    return this;
  }

  /** The workers holding one post, one after another, from before the period to asAt. */
  private void chain(int role, int area, int team, double agencyShare, int fixedTenure) {
    boolean agency = rand.chance(agencyShare);
    int start = periodStart - (int) (rand.exponential(tenure(agency, fixedTenure)) * 365) - 1;
    while (start <= asAt) {
      int end = start + 30 + (int) (rand.exponential(tenure(agency, fixedTenure)) * 365);
      if (end < periodStart) {
        end = periodStart + rand.between(0, 200);
      }
      double fte = role >= 4 && rand.chance(0.2) ? rand.between(5, 8) / 10.0 : 1.0;
      double weight = fte * rand.logNormal(1, 0.3);
      boolean leaves = end <= asAt;
      Staff worker =
          new Staff(
              staff.size(), role, area, team, agency, fte, start, leaves ? end : NONE, weight);
      staff.add(worker);
      if (role <= 3) {
        (role == 1 ? directors : role == 2 ? heads.get(area) : teamManagers.get(team)).add(worker);
      }
      if (!leaves) {
        return;
      }
      start = end + 1 + (rand.chance(0.5) ? rand.between(0, 14) : rand.between(15, 75));
      agency = rand.chance(agencyShare);
    }
  }

  private static double tenure(boolean agency, int fixedTenure) {
    if (fixedTenure > 0) {
      return fixedTenure;
    }
    return agency ? Calibration.AGENCY_TENURE_YEARS : Calibration.PERMANENT_TENURE_YEARS;
  }

  /** The manager in post on day: the team's manager, else the area's head, else the director. */
  Staff managerOf(int area, int team, int day, int ownRole) {
    for (int role = Math.min(ownRole - 1, 3); role >= 1; role--) {
      List<Staff> candidates =
          role == 3 ? teamManagers.get(team) : role == 2 ? heads.get(area) : directors;
      for (Staff candidate : candidates) {
        if (candidate.inPost(day)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
