package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.text;
import static org.opencsc.generator.internal.SsdRows.date;
import static org.opencsc.generator.internal.SsdRows.yesNo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.Organisation;

/**
 * The organisation's rows in the Standard Safeguarding Dataset extract, with the IDs {@link
 * CouncilRows} loads: ssd_department (service areas as parents, teams below them),
 * ssd_professionals, and OpenCSC's extension tables opencsc_professional_tenure (each worker's time
 * in post, in a team or above teams, which the SSD does not hold) and opencsc_supervisions.
 */
final class SsdOrganisationRows {

  /** prof_professional_job_title by CSWW OrgRole 1-6. */
  static final Map<Integer, String> JOB_TITLES =
      Map.of(
          1, "Director of Children's Services",
          2, "Head of Service",
          3, "Team Manager",
          4, "Senior Practitioner",
          5, "Social Worker",
          6, "Social Worker (not case holding)");

  private SsdOrganisationRows() {}

  /** Service areas and teams (ssd_department), time in post, supervisions. */
  static void organisation(Organisation org, SsdRows.Sink sink) {
    Map<String, String> areaNames = new HashMap<>();
    for (Organisation.ServiceArea s : org.serviceAreas()) {
      areaNames.put(s.serviceAreaId(), s.name());
      sink.row(SsdTable.DEPARTMENT, s.serviceAreaId(), s.name(), "", "");
    }
    for (Organisation.Team t : org.teams()) {
      String parent = areaNames.getOrDefault(t.serviceAreaId(), "");
      sink.row(SsdTable.DEPARTMENT, t.teamId(), t.name(), t.serviceAreaId(), parent);
    }
    Map<String, List<Organisation.WorkerTeam>> memberships = new HashMap<>();
    org.workerTeams()
        .forEach(wt -> memberships.computeIfAbsent(wt.workerId(), k -> new ArrayList<>()).add(wt));
    for (Organisation.Worker w : org.workers()) {
      List<Organisation.WorkerTeam> teams = memberships.getOrDefault(w.workerId(), List.of());
      if (teams.isEmpty()) {
        tenure(sink, w, "", w.roleStartDate(), w.roleEndDate(), true);
      }
      for (int i = 0; i < teams.size(); i++) {
        Organisation.WorkerTeam wt = teams.get(i);
        tenure(sink, w, wt.teamId(), wt.startDate(), wt.endDate(), i == teams.size() - 1);
      }
    }
    org.supervisions()
        .forEach(
            s ->
                sink.row(
                    SsdTable.SUPERVISIONS,
                    s.supervisionId(),
                    s.workerId(),
                    s.supervisorId(),
                    date(s.supervisionDate())));
  }

  /** opencsc_professional_tenure: a time in post, in a team or above teams. */
  private static void tenure(
      SsdRows.Sink sink,
      Organisation.Worker w,
      String teamId,
      LocalDate start,
      @Nullable LocalDate end,
      boolean last) {
    sink.row(
        SsdTable.TENURE,
        w.workerId(),
        teamId,
        date(start),
        date(end),
        last ? text(w.reasonLeave()) : "",
        text(w.managerWorkerId()));
  }

  /**
   * One row per worker: prof_professional_department is the name of their (last) team, blank for
   * managers above teams; prof_professional_caseload the cases they held on the census day.
   */
  static void professionals(Organisation org, Map<String, Integer> caseloads, SsdRows.Sink sink) {
    Map<String, String> teamNames = new HashMap<>();
    org.teams().forEach(t -> teamNames.put(t.teamId(), t.name()));
    Map<String, Organisation.WorkerTeam> teams = lastTeams(org);
    for (Organisation.Worker w : org.workers()) {
      Organisation.WorkerTeam team = teams.get(w.workerId());
      sink.row(
          SsdTable.PROFESSIONALS,
          w.workerId(),
          w.workerId(),
          w.name(),
          text(w.sweNo()),
          JOB_TITLES.get(w.orgRole()),
          String.valueOf(caseloads.getOrDefault(w.workerId(), 0)),
          team == null ? "" : teamNames.getOrDefault(team.teamId(), ""),
          String.valueOf(w.fte()),
          yesNo(w.agencyWorker()));
    }
  }

  /** Each worker's latest team membership, if any. */
  private static Map<String, Organisation.WorkerTeam> lastTeams(Organisation org) {
    Map<String, Organisation.WorkerTeam> teams = new HashMap<>();
    for (Organisation.WorkerTeam wt : org.workerTeams()) {
      teams.merge(wt.workerId(), wt, (a, b) -> b.startDate().isAfter(a.startDate()) ? b : a);
    }
    return teams;
  }
}
