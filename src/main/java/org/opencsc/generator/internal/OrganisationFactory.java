package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Journey.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.Organisation.ServiceArea;
import org.opencsc.generator.model.Organisation.Supervision;
import org.opencsc.generator.model.Organisation.Team;
import org.opencsc.generator.model.Organisation.Worker;
import org.opencsc.generator.model.Organisation.WorkerTeam;
import org.opencsc.generator.model.Organisation.WorkforceVacancy;

/** The Organisation records of a built workforce: structure, workers, supervisions, vacancies. */
final class OrganisationFactory {

  static final String LA_CODE = "999";
  static final String NAME = "Exampleshire";

  private static final String[] FIRST = {
    "Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace",
    "Hamza", "Isla", "Jack", "Kira", "Liam", "Maya", "Noah", "Olu", "Poppy", "Rosa", "Sean", "Tara"
  };
  private static final String[] LAST = {
    "Ashby",
    "Brook",
    "Carver",
    "Dale",
    "Ellery",
    "Fenwick",
    "Garside",
    "Holt",
    "Ingram",
    "Jessop",
    "Kerridge",
    "Lowther",
    "Marsh",
    "Norbury",
    "Oakes",
    "Pennock",
    "Quarry",
    "Rudd",
    "Sowerby",
    "Thwaite",
    "Upton",
    "Varley",
    "Wardle",
    "Yeadon"
  };

  private OrganisationFactory() {}

  /**
   * @param rand the organisation's stream (names, working days lost, supervisions, vacancies)
   * @param absenceRand a stream of its own for the absences on each census day
   */
  static Organisation create(
      Workforce workforce, Rand rand, Rand absenceRand, int periodStart, int asAt) {
    CensusYear census = CensusYear.ending(LocalDate.ofEpochDay(asAt));
    int[] year = {(int) census.start().toEpochDay(), (int) census.referenceDate().toEpochDay()};
    List<ServiceArea> areas = new ArrayList<>();
    for (int a = 0; a < ServiceAreas.COUNT; a++) {
      areas.add(new ServiceArea(ServiceAreas.IDS[a], ServiceAreas.NAMES[a]));
    }
    List<Team> teams = new ArrayList<>();
    for (int[] team : workforce.teams) {
      teams.add(
          new Team(
              Staffing.teamId(team[0], team[1]),
              ServiceAreas.IDS[team[0]],
              ServiceAreas.TEAM_NAMES[team[0]] + " " + team[1]));
    }
    List<Worker> workers = new ArrayList<>();
    List<WorkerTeam> workerTeams = new ArrayList<>();
    for (Staff staff : workforce.staff) {
      // the manager when the worker's time in the period begins: one who started before it may
      // predate every manager the simulation has, and without a manager the SSDA903 has no one
      // to hold a looked-after child's case while it waits for a new worker (SW11bSTG2, SW17STG2)
      int from = Math.max(staff.start, periodStart);
      Staff manager = workforce.managerOf(staff.area, staff.team, from, staff.role);
      staff.managerId = manager == null ? null : manager.id;
      workers.add(worker(staff, rand, year));
      if (staff.team >= 0) {
        workerTeams.add(
            new WorkerTeam(
                staff.id, teams.get(staff.team).teamId(), date(staff.start), date(staff.end)));
      }
    }
    List<Supervision> supervisions = Supervisions.of(workforce, rand, periodStart, asAt);
    return new Organisation(
        LA_CODE,
        NAME,
        date(periodStart),
        date(asAt),
        areas,
        teams,
        workers,
        workerTeams,
        supervisions,
        vacancies(workforce, rand, periodStart, asAt),
        Absences.of(workforce, absenceRand, periodStart, asAt));
  }

  private static Worker worker(Staff staff, Rand rand, int[] year) {
    String name = rand.pick(FIRST) + " " + rand.pick(LAST);
    String reason = staff.end == NONE ? null : staff.agency ? "End of contract" : "Resignation";
    return new Worker(
        staff.id,
        name,
        String.format("SW%06d", 100_000 + staff.index),
        staff.role,
        staff.agency,
        staff.fte,
        staff.caseHolding(),
        date(staff.start),
        date(staff.end),
        reason,
        staff.managerId,
        daysLost(staff, rand, year));
  }

  /**
   * Working days lost in the census year (1 October to 30 September, as the CSWW counts them) by an
   * employed worker: most lose little, a few are off for weeks.
   */
  private static double daysLost(Staff staff, Rand rand, int[] year) {
    int from = Math.max(staff.start, year[0]);
    int to = staff.end == NONE ? year[1] : Math.min(staff.end, year[1]);
    if (to < from) {
      return 0;
    }
    double available = WorkingDays.ENGLAND.between(from - 1, to) * staff.fte;
    double band = rand.uniform();
    double rate =
        band < 0.55
            ? rand.uniform() * 0.02
            : band < 0.9 ? 0.02 + rand.uniform() * 0.04 : 0.06 + rand.uniform() * 0.14;
    // the census does not collect agency workers' absence: they lose none on record
    return staff.agency ? 0 : Math.round(available * rate * 2) / 2.0;
  }

  /** CSWW vacancies at each 30 September: vacancy rate 18.9% of permanent FTE plus vacancies. */
  private static List<WorkforceVacancy> vacancies(
      Workforce workforce, Rand rand, int periodStart, int asAt) {
    List<WorkforceVacancy> vacancies = new ArrayList<>();
    LocalDate census = LocalDate.ofEpochDay(periodStart).withMonth(9).withDayOfMonth(30);
    for (; census.toEpochDay() <= asAt; census = census.plusYears(1)) {
      if (census.toEpochDay() < periodStart) {
        continue;
      }
      int day = (int) census.toEpochDay();
      double permanent = 0;
      double agency = 0;
      int agencyHeads = 0;
      for (Staff staff : workforce.staff) {
        if (staff.inPost(day)) {
          permanent += staff.agency ? 0 : staff.fte;
          agency += staff.agency ? staff.fte : 0;
          agencyHeads += staff.agency ? 1 : 0;
        }
      }
      double rate = Calibration.VACANCY_RATE * (0.9 + 0.2 * rand.uniform());
      double open = permanent * rate / (1 - rate);
      vacancies.add(new WorkforceVacancy(census, round1(open), round1(agency), agencyHeads));
    }
    return vacancies;
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  static LocalDate date(int epochDay) {
    return epochDay == NONE ? null : LocalDate.ofEpochDay(epochDay);
  }
}
