package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data quality page on the findings of {@code data-quality.sql} (over the council of {@code
 * council-structure.sql}), whose header works out every count, list and scope by hand. Rolled back
 * after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/council/council-structure.sql", "/org/opencsc/ingest/web/data-quality.sql"})
class DataQualityIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theDirectorSeesEveryFindingByTeamWorkerAndRule() throws Exception {
    String marker = "director-" + UUID.randomUUID();
    Document page = page("/data-quality", login(Roles.DIRECTOR, null, marker));

    assertThat(page.select("h1").text()).isEqualTo("Data quality");
    assertThat(page.getElementById("totals").text())
        .isEqualTo("Errors: 7. Queries: 3. Files not used: 1.");
    assertThat(rows(page, "#by-team"))
        .containsExactly(
            "Assessment East 1 0 0 1 1",
            "Child Protection North 2 2 0 4 3",
            "Looked After Children 1 0 0 1 1",
            "Unallocated 2 1 0 3 3",
            "No child 1 0 1 2 0");
    assertThat(rows(page, "#by-worker"))
        .containsExactly(
            "Ben Cole Child Protection North 1 1 2 1",
            "Cara Jones Child Protection North 1 1 2 2",
            "Amira Shah Assessment East 1 0 1 1",
            "Dev Patel Looked After Children 1 0 1 1");
    assertThat(rows(page, "#by-rule"))
        .containsExactly(
            "DATE_FORMAT Error 3 3",
            "CHILD_REJECTED Error 1 1",
            "FIELD_LENGTH Error 1 1",
            "MISSING_ID Error 1 0",
            "UNKNOWN_CODE Error 1 1",
            "UNKNOWN_CODE Query 2 2",
            "MISSING_DATE Query 1 1",
            "UNRECOGNISED File not used 1 0");
    assertThat(childColumn(page))
        .containsExactly("C01", "C02", "C02", "C04", "C06", "C08", "C09", "", "", "C11", "C77");
    assertThat(page.select("#findings-table tbody tr").get(0).select("a").attr("href"))
        .isEqualTo("/data-quality/children/C01");
    assertThat(page.select("#findings-table tbody tr").get(4).text())
        .contains("ssd_cla_episodes.csv", "2024-02-30", "DATE_FORMAT", "Dev Patel");
    // the old load's finding is no finding of the served snapshot's, but it is fixed since then
    assertThat(page.getElementById("findings-table").text()).doesNotContain("OLD_RULE");
    assertThat(rows(page, "#fixed-table")).singleElement().asString().contains("OLD_RULE", "C01");
    assertThat(page.getElementById("run-link").attr("href")).isEqualTo("/loads/9501");
    assertThat(logged(marker)).containsExactly(List.of("view", "data quality findings", 11L));
  }

  @Test
  void filtersNarrowTheListAndTheTablesBelowThem() throws Exception {
    UserDetails director = TestUsers.director();

    Document team = page("/data-quality?team=T2", director);
    assertThat(childColumn(team)).containsExactly("C02", "C02", "C04", "C11");
    assertThat(rows(team, "#by-team")).hasSize(5);
    assertThat(ids(team, "#by-worker")).containsExactly("worker-W2", "worker-W3");
    assertThat(team.select("#team option[selected]").attr("value")).isEqualTo("T2");

    Document worker = page("/data-quality?team=T2&worker=W3", director);
    assertThat(childColumn(worker)).containsExactly("C04", "C11");
    assertThat(rows(worker, "#by-rule"))
        .containsExactly("FIELD_LENGTH Error 1 1", "UNKNOWN_CODE Query 1 1");

    Document rule = page("/data-quality?rule=DATE_FORMAT&severity=error", director);
    assertThat(childColumn(rule)).containsExactly("C01", "C02", "C06");
    assertThat(rows(rule, "#by-team"))
        .containsExactly(
            "Assessment East 1 0 0 1 1",
            "Child Protection North 1 0 0 1 1",
            "Looked After Children 1 0 0 1 1");
    assertThat(rule.select("#team-T2 th a").attr("href"))
        .isEqualTo("/data-quality?team=T2&rule=DATE_FORMAT&severity=error");

    assertThat(childColumn(page("/data-quality?team=_unallocated", director)))
        .containsExactly("C08", "C09", "C77");
    assertThat(fileColumn(page("/data-quality?team=_none", director)))
        .containsExactly("notes.txt", "ssd_involvements.csv");
    mvc.perform(get("/data-quality?severity=awful").with(user(director)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aSocialWorkerSeesOnlyTheFindingsAboutTheirChildren() throws Exception {
    Document w3 = page("/data-quality", TestUsers.socialWorker("W3"));
    assertThat(childColumn(w3)).containsExactly("C04", "C06", "C11");
    assertThat(rows(w3, "#by-team"))
        .containsExactly("Child Protection North 1 1 0 2 2", "Looked After Children 1 0 0 1 1");
    assertThat(w3.text()).doesNotContain("notes.txt", "MISSING_ID", "C77");
    assertThat(w3.getElementById("run-link")).isNull();

    Document w1 = page("/data-quality", TestUsers.socialWorker("W1"));
    assertThat(childColumn(w1)).containsExactly("C01", "C08");
    assertThat(rows(w1, "#by-team"))
        .containsExactly("Assessment East 1 0 0 1 1", "Unallocated 0 1 0 1 1");

    Document t2 = page("/data-quality", TestUsers.teamManager("T2"));
    assertThat(childColumn(t2)).containsExactly("C02", "C02", "C04", "C06", "C11");

    // a filter cannot reach past the scope
    assertThat(childColumn(page("/data-quality?team=_none", TestUsers.socialWorker("W3"))))
        .isEmpty();
  }

  @Test
  void aBoardMemberIsRefusedThePageAndEveryDownload() throws Exception {
    String marker = "board-" + UUID.randomUUID();
    UserDetails board = login(Roles.BOARD_MEMBER, null, marker);

    for (String path :
        List.of(
            "/data-quality",
            "/data-quality?format=csv",
            "/data-quality/teams?format=xlsx",
            "/data-quality/workers?format=csv",
            "/data-quality/rules?format=csv")) {
      String body =
          mvc.perform(get(path).with(user(board)))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(withoutCsrfTokens(body)).doesNotContain("C01", "DATE_FORMAT");
    }
    assertThat(logged(marker)).hasSize(5).allMatch(entry -> entry.get(0).equals("refused"));
  }

  @Test
  void theFilteredFindingsDownloadAsCsvAndAreLogged() throws Exception {
    String marker = "analyst-" + UUID.randomUUID();
    MockHttpServletResponse response =
        download(
            "/data-quality?team=T2&format=csv", login(Roles.PERFORMANCE_ANALYST, null, marker));

    assertThat(response.getHeader("Content-Disposition"))
        .contains("opencsc-data-quality-findings-2025-03-31.csv");
    List<List<String>> csv = csv(response);
    assertThat(csv.get(0))
        .containsExactly(
            "File",
            "Row",
            "Child ID",
            "Field",
            "Value",
            "Severity",
            "Rule",
            "Message",
            "Team",
            "Worker",
            "New or still open",
            "First seen",
            "Open for");
    assertThat(csv.subList(1, csv.size()))
        .extracting(r -> r.get(2) + " " + r.get(6) + " " + r.get(9))
        .containsExactly(
            "C02 DATE_FORMAT Ben Cole",
            "C02 UNKNOWN_CODE Ben Cole",
            "C04 UNKNOWN_CODE Cara Jones",
            "C11 FIELD_LENGTH Cara Jones");
    // a value a spreadsheet would run as a formula stays text
    assertThat(csv.get(4).get(4)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(logged(marker))
        .containsExactly(List.of("export", "data quality findings (team T2)", 4L));
  }

  @Test
  void theByTeamAndByWorkerTablesDownloadAsExcelWithNumbers() throws Exception {
    UserDetails w3 = TestUsers.socialWorker("W3");
    try (ReadableWorkbook workbook = xlsx(download("/data-quality/teams?format=xlsx", w3))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCell(0).getText()).isEqualTo("Child Protection North");
      assertThat(rows.get(1).getCell(1).getText()).isEqualTo("T2");
      assertThat(rows.get(1).getCell(5).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(1).getCell(5).asNumber()).isEqualByComparingTo("2");
      assertThat(rows.get(2).getCell(0).getText()).isEqualTo("Looked After Children");
    }
    UserDetails director = TestUsers.director();
    List<List<String>> workers =
        csv(download("/data-quality/workers?format=csv&team=T2", director));
    assertThat(workers)
        .containsExactly(
            List.of("Worker", "Worker ID", "Team", "Errors", "Queries", "Total", "Children"),
            List.of("Ben Cole", "W2", "Child Protection North", "1", "1", "2", "1"),
            List.of("Cara Jones", "W3", "Child Protection North", "1", "1", "2", "2"));
    List<List<String>> teams = csv(download("/data-quality/teams?format=csv", director));
    assertThat(teams.get(teams.size() - 1))
        .containsExactly("No child", "", "1", "0", "1", "2", "0");
    List<List<String>> rules =
        csv(download("/data-quality/rules?format=csv&severity=query", director));
    assertThat(rules.subList(1, rules.size()))
        .containsExactly(
            List.of("UNKNOWN_CODE", "query", "2", "2"), List.of("MISSING_DATE", "query", "1", "1"));
  }

  @Test
  void aLongListIsPaged() throws Exception {
    jdbc.sql(
            "insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id,"
                + " field, value, rule, severity, message)"
                + " select 9501, 100 + i, 'ssd_person.csv', 100 + i, 'C05', 'person_sex', 'Q',"
                + " 'BULK', 'query', 'Not a sex code' from generate_series(1, 55) i")
        .update();

    Document first = page("/data-quality", TestUsers.director());
    Document second = page("/data-quality?page=2", TestUsers.director());

    assertThat(first.select("#findings-table tbody tr")).hasSize(50);
    assertThat(first.select("#findings-table caption").text()).isEqualTo("Findings 1 to 50 of 66");
    assertThat(first.select(".govuk-pagination__next a").attr("href"))
        .isEqualTo("/data-quality?page=2");
    assertThat(second.select("#findings-table tbody tr")).hasSize(16);
    assertThat(second.select("#findings-table tbody tr").get(0).text()).contains("BULK");
  }

  @Test
  void aSnapshotNoImportBuiltHasNoFindingsToShow() throws Exception {
    jdbc.sql("update ingest_run set snapshot_id = null, outcome = 'validated' where run_id = 9501")
        .update();

    Document page = page("/data-quality", TestUsers.director());

    assertThat(page.getElementById("no-run")).isNotNull();
    assertThat(page.select("#findings-table")).isEmpty();
    assertThat(page.select("a[href*=format=]")).isEmpty();
    // the page shows no row, so each download is its table's headings alone (not a 404), and
    // gives no child's data, so nothing is logged as an export
    long exports = exports();
    assertThat(csv(download("/data-quality?format=csv", TestUsers.director())))
        .containsExactly(
            List.of(
                "File",
                "Row",
                "Child ID",
                "Field",
                "Value",
                "Severity",
                "Rule",
                "Message",
                "Team",
                "Worker",
                "New or still open",
                "First seen",
                "Open for"));
    for (String path :
        List.of(
            "/data-quality/teams?format=csv",
            "/data-quality/workers?format=csv",
            "/data-quality/rules?format=csv")) {
      assertThat(csv(download(path, TestUsers.socialWorker("W3")))).as(path).hasSize(1);
    }
    try (ReadableWorkbook workbook =
        xlsx(download("/data-quality/rules?format=xlsx", TestUsers.director()))) {
      assertThat(workbook.getFirstSheet().read()).hasSize(1);
    }
    assertThat(exports()).isEqualTo(exports);
    // the board member is still refused
    mvc.perform(get("/data-quality/teams?format=csv").with(user(TestUsers.boardMember())))
        .andExpect(status().isForbidden());
  }

  @Test
  void withNoSnapshotAtAllTheDownloadsAreEmptyTablesToo() throws Exception {
    jdbc.sql("delete from current_snapshot").update();

    assertThat(csv(download("/data-quality/teams?format=csv", TestUsers.director())))
        .containsExactly(
            List.of("Team", "Team ID", "Errors", "Queries", "Files not used", "Total", "Children"));
    assertThat(
            download("/data-quality?format=csv", TestUsers.director())
                .getHeader("Content-Disposition"))
        .startsWith("attachment; filename=\"opencsc-data-quality-findings.csv\"");
  }

  private long exports() {
    return jdbc.sql("select count(*) from access_log where action = 'export'")
        .query(Long.class)
        .single();
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

  private static ReadableWorkbook xlsx(MockHttpServletResponse response) throws Exception {
    return new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
  }

  private static UserDetails login(String role, String workerId, String username) {
    return TestUsers.scoped(role, workerId, null, null, username);
  }

  private List<List<Object>> logged(String username) {
    return jdbc.sql(
            "select action, list, row_count from access_log where username = ? order by access_id")
        .param(username)
        .query(
            (rs, n) -> {
              Object rows = rs.getObject(3) == null ? null : rs.getLong(3);
              return List.of(
                  rs.getString(1),
                  rs.getString(2) == null ? "" : rs.getString(2),
                  rows == null ? "" : rows);
            })
        .list();
  }

  private static List<String> rows(Document page, String table) {
    return page.select(table + " tbody tr").stream().map(Element::text).toList();
  }

  private static List<String> ids(Document page, String table) {
    return page.select(table + " tbody tr").stream().map(Element::id).toList();
  }

  private static List<String> childColumn(Document page) {
    return page.select("#findings-table tbody tr").stream()
        .map(row -> row.select("td").get(2).text())
        .toList();
  }

  private static List<String> fileColumn(Document page) {
    return page.select("#findings-table tbody tr").stream()
        .map(row -> row.select("td").get(0).text())
        .toList();
  }
}
