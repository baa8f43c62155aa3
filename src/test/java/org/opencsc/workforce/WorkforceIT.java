package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce page on the council of {@code workforce.sql} (over the indicator tests' {@code
 * council.sql}), whose header works out every figure by hand. Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/workforce/workforce.sql"})
class WorkforceIT {

  @Autowired MockMvc mvc;
  @Autowired WorkforceService workforce;
  @Autowired IndicatorService indicators;

  @Test
  void caseloadsByTeamAndForTheCouncil() throws Exception {
    Document page = page("/workforce", TestUsers.director());

    assertThat(page.select("#caseloads thead th").eachText())
        .containsExactly(
            "Team",
            "Case-holding workers",
            "Mean caseload",
            "Up to 5",
            "Over 5 up to 10",
            "Over 10 up to 15",
            "Over 15 up to 18",
            "Over 18",
            "Over the threshold");
    assertThat(cells(page, "caseload-T1"))
        .containsExactly("Assessment East", "2", "16.0", "0", "1", "0", "0", "1", "50.0%");
    assertThat(cells(page, "caseload-T2"))
        .containsExactly("Child Protection North", "2", "14.7", "0", "0", "1", "0", "1", "50.0%");
    assertThat(cells(page, "caseload-T3"))
        .containsExactly("Looked After Children", "2", "6.0", "1", "0", "0", "1", "0", "0.0%");
    assertThat(cells(page, "caseload-council").subList(1, 9))
        .containsExactly("6", "12.2", "1", "1", "1", "1", "2", "33.3%");
    assertThat(page.select("#caseload-T1 th a").attr("href")).isEqualTo("/teams/T1");
    assertThat(page.select("#caseload-council th a")).isEmpty();
    // the vacancies belong to no team: no "No team" row of 100% vacant
    assertThat(page.getElementById("caseload-unallocated")).isNull();
    assertThat(page.select("#caseload-chart text").eachText())
        .containsSubsequence("Up to 5", "1", "Over 18", "2");
  }

  @Test
  void agencyVacanciesTurnoverAndSupervisionByTeam() throws Exception {
    Document page = page("/workforce", TestUsers.director());

    assertThat(cells(page, "staffing-T1"))
        .containsExactly("Assessment East", "0.0%", "Council only", "0.0%", "100.0%");
    assertThat(cells(page, "staffing-T2"))
        .containsExactly("Child Protection North", "100.0%", "Council only", "No figure", "0.0%");
    assertThat(cells(page, "staffing-T3"))
        .containsExactly("Looked After Children", "0.0%", "Council only", "0.0%", "50.0%");
    assertThat(cells(page, "staffing-council").subList(1, 5))
        .containsExactly("27.3%", "28.6%", "25.0%", "50.0%");
  }

  @Test
  void everyFigureIsTheIndicatorEnginesAndTheBandsAddUpToIt() {
    WorkforceReport report = workforce.report().orElseThrow();

    assertThat(report.teams())
        .extracting(WorkforceFigures::unitId)
        .containsExactly("T1", "T2", "T3");
    for (String id : List.of(WorkforceService.CASELOAD, WorkforceService.TURNOVER)) {
      Map<String, IndicatorValue> engine =
          indicators.values(report.period(), Level.TEAM, id).stream()
              .collect(Collectors.toMap(IndicatorValue::unitId, Function.identity()));
      for (WorkforceFigures team : report.teams()) {
        IndicatorValue shown =
            id.equals(WorkforceService.CASELOAD) ? team.caseload() : team.turnover();
        assertThat(shown).isEqualTo(engine.get(team.unitId()));
      }
    }
    for (WorkforceFigures unit :
        Stream.concat(report.teams().stream(), Stream.of(report.council())).toList()) {
      IndicatorValue over = unit.overThreshold();
      assertThat(unit.caseHolders()).isEqualTo(over.denominator().longValueExact());
      assertThat(unit.bandCounts().get(report.bands().size() - 1))
          .isEqualTo(over.numerator().longValueExact());
    }
  }

  @Test
  void everyRoleSeesItTheBoardToo() throws Exception {
    for (UserDetails login :
        List.of(
            TestUsers.boardMember(),
            TestUsers.socialWorker("W1"),
            TestUsers.teamManager("T2"),
            TestUsers.headOfService("SA1"))) {
      Document page = page("/workforce", login);
      assertThat(cells(page, "caseload-council").get(1)).isEqualTo("6");
      assertThat(withoutCsrfTokens(page.html())).doesNotContain("C001", "/children/");
    }
    csv(download("/workforce?format=csv", TestUsers.boardMember()));
  }

  @Test
  void theCaseloadsDownloadAsCsv() throws Exception {
    MockHttpServletResponse response = download("/workforce?format=csv", TestUsers.director());

    assertThat(response.getHeader("Content-Disposition"))
        .contains("opencsc-workforce-caseloads-2025-03-31.csv");
    List<List<String>> csv = csv(response);
    assertThat(csv.get(0))
        .containsExactly(
            "Team",
            "Team ID",
            "Case-holding workers",
            "Children allocated",
            "Case-holding FTE",
            "Mean caseload",
            "Up to 5",
            "Over 5 up to 10",
            "Over 10 up to 15",
            "Over 15 up to 18",
            "Over 18",
            "Workers over the threshold",
            "Over the threshold");
    assertThat(csv.get(1))
        .containsExactly(
            "Assessment East",
            "T1",
            "2",
            "24",
            "1.500000",
            "16.0000",
            "0",
            "1",
            "0",
            "0",
            "1",
            "1",
            "0.500000");
    assertThat(csv).hasSize(5);
    assertThat(csv.get(4).subList(1, 4)).containsExactly("", "6", "55");
  }

  @Test
  void theStaffingDownloadsAsExcelWithPercentagesAsNumbers() throws Exception {
    MockHttpServletResponse response =
        download("/workforce/staffing?format=xlsx", TestUsers.boardMember());

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(5);
      Row t2 = rows.get(2);
      assertThat(t2.getCell(0).getText()).isEqualTo("Child Protection North");
      assertThat(t2.getCell(4).getType()).isEqualTo(CellType.NUMBER);
      assertThat(t2.getCell(4).asNumber()).isEqualByComparingTo("1");
      assertThat(t2.getCell(7).asNumber()).isEqualByComparingTo("1");
      assertThat(t2.getCell(9)).matches(c -> c == null || c.getType() == CellType.EMPTY);
      Row council = rows.get(4);
      assertThat(council.getCell(5).asNumber()).isEqualByComparingTo("2.0");
      assertThat(council.getCell(6).asNumber()).isEqualByComparingTo("0.285714");
      assertThat(council.getCell(12).asNumber()).isEqualByComparingTo("0.5");
    }
  }

  private Document page(String path, UserDetails login) throws Exception {
    return Pages.page(mvc, path, login);
  }

  private MockHttpServletResponse download(String path, UserDetails login) throws Exception {
    return Pages.download(mvc, path, login);
  }

  private static List<List<String>> csv(MockHttpServletResponse response) throws Exception {
    return Pages.csv(response);
  }

  private static List<String> cells(Document page, String rowId) {
    Element row = page.getElementById(rowId);
    assertThat(row).as(rowId).isNotNull();
    return row.children().eachText();
  }
}
