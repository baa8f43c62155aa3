package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.TestCouncil;
import org.opencsc.generator.model.Organisation;

/**
 * The workforce census of the hand-built council as at 31 March 2026: the census year ending 30
 * September 2025 (1 October 2024 to 30 September 2025), in the 2025 columns. Worked out from {@link
 * TestCouncil}: W1 (team manager, employed since 2015), W2 (social worker, employed since 2020, 3.5
 * days lost, absent sick on 30 September) and W3 (agency social worker since July 2025, FTE 0.8)
 * are all in post on 30 September 2025; W2 and W3 hold one case each that day.
 */
class CswwWriterTest {

  @TempDir Path dir;

  @Test
  void theThreeTablesHaveTheXsdElementNamesOfTheCensusYearAsHeaders() throws IOException {
    CswwWriter.Result result = write(TestCouncil.standard().organisation());

    assertThat(result.censusYear()).isEqualTo(2025);
    assertThat(lines("csww_worker.csv").get(0))
        .isEqualTo(
            "AgencyWorker,SWENo,FTE,PersonBirthDate,Sex,Ethnicity,QualLevel,StepUpGrad,OrgRole,"
                + "RoleStartDate,StartOrigin,RoleEndDate,LeaverDestination,ReasonLeave,FTE30,"
                + "Cases30,WorkingDaysLost,ContractWeeks,FrontlineGrad,BaseSalary,RRPayments,"
                + "OtherPayments");
    assertThat(lines("csww_absence.csv").get(0)).isEqualTo("SWENo,Absat30Sept,ReasonAbsence");
    assertThat(lines("csww_la_level.csv").get(0))
        .isEqualTo(
            "ReferenceDate,NumberOfVacancies,NoAgencyFTE,NoAgencyHeadcount,RecruitmentBonus,"
                + "RetentionBonus,PerformanceAward,CarAllowance,RelocationPackage,"
                + "RegionalWeighting,CostSWE,CostDBS,OtherAllowances");
    assertThat(result.rowsByFile())
        .containsExactly(
            Map.entry("csww_worker.csv", 3),
            Map.entry("csww_absence.csv", 1),
            Map.entry("csww_la_level.csv", 1));
  }

  @Test
  void employedWorkersCarryTheirRoleAndAgencyWorkersOnlyWhatTheCensusAsksOfThem()
      throws IOException {
    write(TestCouncil.standard().organisation());

    List<NamedCsvRecord> workers = records("csww_worker.csv");
    assertThat(workers)
        .extracting(
            r -> r.getField("AgencyWorker"),
            r -> r.getField("SWENo"),
            r -> r.getField("FTE"),
            r -> r.getField("OrgRole"),
            r -> r.getField("RoleStartDate"),
            r -> r.getField("RoleEndDate"),
            r -> r.getField("FTE30"),
            r -> r.getField("Cases30"),
            r -> r.getField("WorkingDaysLost"))
        .containsExactly(
            tuple("0", "SW0001", "1.000000", "3", "2015-01-01", "", "1.000000", "0", "0.00"),
            tuple("0", "SW0002", "1.000000", "5", "2020-01-01", "", "1.000000", "1", "3.50"),
            tuple("1", "SW0003", "", "5", "", "", "0.800000", "1", ""));
    NamedCsvRecord agency = workers.get(2);
    for (String blank :
        List.of("PersonBirthDate", "Sex", "Ethnicity", "QualLevel", "StartOrigin", "BaseSalary")) {
      assertThat(agency.getField(blank)).as(blank).isEmpty();
    }
    NamedCsvRecord employed = workers.get(1);
    assertThat(employed.getField("Sex")).isIn("F", "M");
    assertThat(LocalDate.parse(employed.getField("PersonBirthDate")))
        .isBetween(LocalDate.of(1960, 9, 30), LocalDate.of(2002, 9, 30));
    // started long before the census year: no StartOrigin
    assertThat(employed.getField("StartOrigin")).isEmpty();
    assertThat(data("csww_absence.csv")).containsExactly("SW0002,1,SIC");
    assertThat(records("csww_la_level.csv"))
        .extracting(
            r -> r.getField("ReferenceDate"),
            r -> r.getField("NumberOfVacancies"),
            r -> r.getField("NoAgencyFTE"),
            r -> r.getField("NoAgencyHeadcount"))
        .containsExactly(tuple("2025-09-30", "2.50", "1.00", "1"));
  }

  @Test
  void leaversInTheYearHaveTheirEndAndReasonAndLaterLeaversAreInPost() throws IOException {
    Organisation org = TestCouncil.standard().organisation();
    List<Organisation.Worker> workers =
        List.of(
            worker("W1", false, LocalDate.of(2019, 5, 1), LocalDate.of(2025, 2, 28)),
            worker("W2", false, LocalDate.of(2019, 5, 1), LocalDate.of(2025, 12, 31)),
            worker("W3", false, LocalDate.of(2018, 1, 1), LocalDate.of(2024, 9, 30)),
            worker("W4", false, LocalDate.of(2025, 10, 1), null),
            worker("W5", true, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 6, 30)));
    write(
        new Organisation(
            org.laCode(),
            org.name(),
            org.periodStart(),
            org.asAt(),
            org.serviceAreas(),
            org.teams(),
            workers,
            List.of(),
            List.of(),
            org.vacancies(),
            List.of()));

    // W3 left the day before the year began, W4 started after it ended, agency W5 was not in post
    // on 30 September: none of them is in the census
    assertThat(records("csww_worker.csv"))
        .extracting(
            r -> r.getField("SWENo"),
            r -> r.getField("RoleEndDate"),
            r -> r.getField("ReasonLeave"),
            r -> r.getField("FTE30"))
        .containsExactly(tuple("SWW1", "2025-02-28", "1", ""), tuple("SWW2", "", "", "1.000000"));
    assertThat(records("csww_worker.csv").get(0).getField("LeaverDestination")).isNotEmpty();
  }

  @Test
  void aCensusYearBefore2025HasThe2024Columns() {
    assertThat(CswwTable.WORKER.columns(2024))
        .contains("QualInst", "CFKSSstatus")
        .doesNotContain("BaseSalary", "RRPayments", "OtherPayments");
    assertThat(CswwTable.LA_LEVEL.columns(2024))
        .containsExactly("ReferenceDate", "NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount");
  }

  @Test
  void theSameCouncilGivesTheSameBytes() throws IOException {
    write(TestCouncil.standard().organisation());
    byte[] first = Files.readAllBytes(dir.resolve("csww/csww_worker.csv"));
    write(TestCouncil.standard().organisation());
    assertThat(Files.readAllBytes(dir.resolve("csww/csww_worker.csv"))).isEqualTo(first);
  }

  private static Organisation.Worker worker(
      String id, boolean agency, LocalDate start, LocalDate end) {
    return new Organisation.Worker(
        id,
        "Name " + id,
        "SW" + id,
        5,
        agency,
        1.0,
        true,
        start,
        end,
        end == null ? null : agency ? "End of contract" : "Resignation",
        null,
        1);
  }

  private CswwWriter.Result write(Organisation org) {
    try (CswwWriter writer = CswwWriter.open(org, dir)) {
      TestCouncil.standard().children(writer);
      return writer.finish();
    }
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve("csww").resolve(file));
  }

  private List<String> data(String file) throws IOException {
    List<String> all = lines(file);
    return all.subList(1, all.size());
  }

  private List<NamedCsvRecord> records(String file) throws IOException {
    try (CsvReader<NamedCsvRecord> csv =
            CsvReader.builder().ofNamedCsvRecord(dir.resolve("csww").resolve(file));
        Stream<NamedCsvRecord> stream = csv.stream()) {
      return stream.toList();
    }
  }
}
