package org.opencsc.generator.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The council's structure and workforce over the simulated period.
 *
 * @param laCode the council's three-digit DfE LA code (e.g. 999 for a synthetic council)
 * @param name the council's name
 * @param periodStart first day simulated
 * @param asAt the date the data describes (the extract date); the collection year ends on or before
 *     it
 */
public record Organisation(
    String laCode,
    String name,
    LocalDate periodStart,
    LocalDate asAt,
    List<ServiceArea> serviceAreas,
    List<Team> teams,
    List<Worker> workers,
    List<WorkerTeam> workerTeams,
    List<Supervision> supervisions,
    List<WorkforceVacancy> vacancies,
    List<WorkerAbsence> absences) {

  public Organisation {
    Objects.requireNonNull(laCode);
    Objects.requireNonNull(name);
    Objects.requireNonNull(periodStart);
    Objects.requireNonNull(asAt);
    serviceAreas = List.copyOf(serviceAreas);
    teams = List.copyOf(teams);
    workers = List.copyOf(workers);
    workerTeams = List.copyOf(workerTeams);
    supervisions = List.copyOf(supervisions);
    vacancies = List.copyOf(vacancies);
    absences = List.copyOf(absences);
  }

  public record ServiceArea(String serviceAreaId, String name) {}

  public record Team(String teamId, String serviceAreaId, String name) {}

  /** CSWW worker; {@code orgRole} 1–6 as in the census, 5 = case-holding social worker. */
  public record Worker(
      String workerId,
      String name,
      String sweNo,
      int orgRole,
      boolean agencyWorker,
      double fte,
      boolean caseHolding,
      LocalDate roleStartDate,
      LocalDate roleEndDate,
      String reasonLeave,
      String managerWorkerId,
      double workingDaysLost) {}

  /** CSWW Absat30Sept = 1 with its ReasonAbsence (MAT, OTH, PUB, SIC, TRN, UNA, UNP). */
  public record WorkerAbsence(String workerId, LocalDate referenceDate, String reasonAbsence) {}

  public record WorkerTeam(
      String workerId, String teamId, LocalDate startDate, LocalDate endDate) {}

  public record Supervision(
      String supervisionId, String workerId, String supervisorId, LocalDate supervisionDate) {}

  public record WorkforceVacancy(
      LocalDate referenceDate,
      double numberOfVacancies,
      double noAgencyFte,
      int noAgencyHeadcount) {}
}
