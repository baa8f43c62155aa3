package org.opencsc.generator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Who could take a case: the case-holding workers of each team with their tenures and weights (a
 * weight above the team's average gives a caseload above it). Immutable and shared by threads.
 */
final class Staffing {

  private final Staff[][] byTeam;
  private final int[][] teamsByArea;
  private final String[] teamIds;

  Staffing(Workforce workforce) {
    int teamCount = workforce.teams.size();
    List<List<Staff>> lists = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      lists.add(new ArrayList<>());
    }
    for (Staff staff : workforce.staff) {
      if (staff.caseHolding()) {
        lists.get(staff.team).add(staff);
      }
    }
    byTeam = new Staff[teamCount][];
    teamIds = new String[teamCount];
    List<List<Integer>> areas = new ArrayList<>();
    for (int a = 0; a < ServiceAreas.COUNT; a++) {
      areas.add(new ArrayList<>());
    }
    for (int t = 0; t < teamCount; t++) {
      byTeam[t] = lists.get(t).toArray(Staff[]::new);
      int[] team = workforce.teams.get(t);
      teamIds[t] = teamId(team[0], team[1]);
      areas.get(team[0]).add(t);
    }
    teamsByArea = new int[ServiceAreas.COUNT][];
    for (int a = 0; a < ServiceAreas.COUNT; a++) {
      teamsByArea[a] = areas.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  static String teamId(int area, int number) {
    return "T-" + ServiceAreas.CODES[area] + "-" + number;
  }

  String teamId(int team) {
    return teamIds[team];
  }

  int pickTeam(int area, Rand rand) {
    int[] teams = teamsByArea[area];
    return teams[rand.between(0, teams.length - 1)];
  }

  /** A worker of the team in post on day and not leaving that day, by weight; null if none. */
  Staff pick(int team, int day, Rand rand) {
    Staff[] candidates = byTeam[team];
    double total = 0;
    for (Staff staff : candidates) {
      if (available(staff, day)) {
        total += staff.weight;
      }
    }
    if (total == 0) {
      return null;
    }
    double target = rand.uniform() * total;
    Staff last = null;
    for (Staff staff : candidates) {
      if (available(staff, day)) {
        last = staff;
        target -= staff.weight;
        if (target < 0) {
          return staff;
        }
      }
    }
    return last;
  }

  private static boolean available(Staff staff, int day) {
    return staff.start <= day && (staff.end == Journey.NONE || staff.end > day);
  }

  /** The first day after day on which someone in the team is in post, or NONE. */
  int nextStart(int team, int day) {
    int next = Journey.NONE;
    for (Staff staff : byTeam[team]) {
      if (staff.start > day && (next == Journey.NONE || staff.start < next)) {
        next = staff.start;
      }
    }
    return next;
  }
}
