package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.internal.DataQualityRepository;
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
 * A finding's history and the data quality page by child, on the load history of {@code
 * finding-history.sql}, whose header works out every answer by hand. Each test first fills in
 * first_seen run by run with the statement each run uses ({@code sql/first_seen.sql}). Rolled back
 * after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/council/council-structure.sql", "/org/opencsc/ingest/web/finding-history.sql"})
class DataQualityHistoryIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void eachRunFillsInItsHistory() {
    String firstSeen = SqlFile.load(DataQualityRepository.class, "sql/first_seen.sql");
    for (long run : List.of(9699L, 9700L, 9701L, 9702L)) {
      jdbc.sql(firstSeen).param("run_id", run).update();
    }
  }

  @Test
  void eachRunTakesFirstSeenFromTheLastLoadOnly() {
    assertThat(firstSeen(9700))
        .containsExactly(
            "2025-03-20", "2025-03-20", "2025-03-28", "2025-03-28", "2025-03-28", "2025-03-28");
    // A, C and E carry on; B' (a new value), G (missing from 9700) and K (only validated) start
    // again, on 1 April in UK time (31 March 23:30 UTC)
    assertThat(firstSeen(9702))
        .containsExactly(
            "2025-03-20",
            "2025-03-20",
            "2025-04-01",
            "2025-03-28",
            "2025-03-28",
            "2025-04-01",
            "2025-04-01");
  }

  @Test
  void theDirectorSeesNewOpenAndFixedSinceTheLastLoad() throws Exception {
    String marker = "director-" + UUID.randomUUID();
    Document page = page("/data-quality", login(Roles.DIRECTOR, null, marker));

    assertThat(page.getElementById("history").text())
        .isEqualTo(
            "Against the load before it (run 9700): 3 new since the last load, 4 still open, 3"
                + " fixed since the last load.");
    assertThat(page.getElementById("history-new").attr("href"))
        .isEqualTo("/data-quality?since=new");
    assertThat(openFor(page))
        .containsExactly(
            "12 days (since 20 Mar 2025)",
            "12 days (since 20 Mar 2025)",
            "New",
            "4 days (since 28 Mar 2025)",
            "4 days (since 28 Mar 2025)",
            "New",
            "New");
    assertThat(rows(page, "#fixed-table"))
        .extracting(r -> r.split(" ")[0] + " " + r.split(" ")[1])
        .containsExactly("person_0328.csv 6", "cla_0328.csv 8", "person_0328.csv 9");
    assertThat(page.select("#fixed-table tbody tr").get(1).text())
        .contains("C06", "UNKNOWN_CODE", "Q9", "Dev Patel", "28 Mar 2025");
    assertThat(page.select("#findings-table tbody tr").get(0).select("a").attr("href"))
        .isEqualTo("/data-quality/children/C01");
  }

  @Test
  void sinceFiltersTheNewAndTheStillOpen() throws Exception {
    UserDetails director = TestUsers.director();
    assertThat(childColumn(page("/data-quality?since=new", director)))
        .containsExactly("C02", "C04", "C11");
    Document open = page("/data-quality?since=open&severity=error", director);
    assertThat(childColumn(open)).containsExactly("C01", "C01", "");
    // the counts keep the other filters and ignore since
    assertThat(open.getElementById("history").text()).contains("1 new", "3 still open", "2 fixed");
    assertThat(open.select("#since option[selected]").attr("value")).isEqualTo("open");
    assertThat(open.select("#team-T1 th a").attr("href"))
        .isEqualTo("/data-quality?team=T1&severity=error&since=open");
    mvc.perform(get("/data-quality?since=yesterday").with(user(director)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aSocialWorkerSeesTheHistoryOfTheirChildrenOnly() throws Exception {
    Document w3 = page("/data-quality", TestUsers.socialWorker("W3"));
    assertThat(w3.getElementById("history").text()).contains("2 new", "0 still open", "2 fixed");
    assertThat(childColumn(w3)).containsExactly("C04", "C11");
    assertThat(rows(w3, "#fixed-table"))
        .hasSize(2)
        .anySatisfy(r -> assertThat(r).contains("C06"))
        .anySatisfy(r -> assertThat(r).contains("C04", "01/02/2018"));

    Document w1 = page("/data-quality", TestUsers.socialWorker("W1"));
    assertThat(w1.getElementById("history").text()).contains("0 new", "3 still open", "0 fixed");
    assertThat(w1.getElementById("fixed-table")).isNull();
  }

  @Test
  void theFirstLoadHasNothingToCompareWith() throws Exception {
    jdbc.sql("update ingest_run set outcome = 'failed' where run_id in (9699, 9700)").update();

    Document page = page("/data-quality", TestUsers.director());

    assertThat(page.getElementById("history").text())
        .isEqualTo("There is no load before this one to compare with, so every finding is new.");
    assertThat(page.getElementById("fixed")).isNull();
  }

  @Test
  void theHistoryDownloads() throws Exception {
    UserDetails director = TestUsers.director();
    List<List<String>> findings = csv(download("/data-quality?format=csv&since=open", director));
    assertThat(findings.get(0).subList(10, 13))
        .containsExactly("New or still open", "First seen", "Open for");
    assertThat(findings.subList(1, findings.size()))
        .extracting(r -> r.get(2) + " " + r.get(10) + " " + r.get(11) + " " + r.get(12))
        .containsExactly(
            "C01 open 2025-03-20 12",
            "C01 open 2025-03-20 12",
            "C08 open 2025-03-28 4",
            " open 2025-03-28 4");

    String marker = "analyst-" + UUID.randomUUID();
    try (ReadableWorkbook workbook =
        xlsx(
            download(
                "/data-quality/fixed?format=xlsx&team=T2",
                login(Roles.PERFORMANCE_ANALYST, null, marker)))) {
      List<Row> rows = workbook.getFirstSheet().read();
      // C06's D was found in T2's time, but the child is in T3 now
      assertThat(rows).hasSize(3);
      assertThat(rows.stream().skip(1).map(r -> r.getCell(2).getText()))
          .containsExactly("C02", "C04");
      assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
    }
    assertThat(logged(marker))
        .containsExactly(List.of("export", "data quality findings (team T2) fixed", 2L));
  }

  @Test
  void theChildrenWithTheirFindingsHideThoseWithNone() throws Exception {
    UserDetails director = TestUsers.director();
    Document some = page("/data-quality/children", director);
    assertThat(rows(some, "#children-table"))
        .containsExactly(
            "C01 Assessment East Amira Shah 2 0 2",
            "C04 Child Protection North Cara Jones 1 0 1",
            "C02 Child Protection North Ben Cole 0 1 1",
            "C08 0 1 1",
            "C11 Child Protection North Cara Jones 0 1 1");
    assertThat(some.getElementById("with-none-toggle").attr("href"))
        .isEqualTo("/data-quality/children?with-none=true");

    Document all = page("/data-quality/children?with-none=true", director);
    assertThat(all.select("#children-table tbody tr")).hasSize(12);
    assertThat(all.select("#children-table tbody tr th").eachText().subList(5, 12))
        .containsExactly("C03", "C05", "C06", "C07", "C09", "C10", "C12");

    assertThat(
            rows(
                page("/data-quality/children?with-none=true", TestUsers.socialWorker("W3")),
                "#children-table"))
        .extracting(r -> r.split(" ")[0])
        .containsExactly("C04", "C11", "C06");
    assertThat(csv(download("/data-quality/children?format=csv", TestUsers.socialWorker("W3"))))
        .containsExactly(
            List.of("Child ID", "Team", "Worker", "Errors", "Queries", "Total"),
            List.of("C04", "Child Protection North", "Cara Jones", "1", "0", "1"),
            List.of("C11", "Child Protection North", "Cara Jones", "0", "1", "1"));
  }

  @Test
  void oneChildsFindingsAreInThePathAndInScope() throws Exception {
    String marker = "w3-" + UUID.randomUUID();
    UserDetails w3 = TestUsers.scoped(Roles.SOCIAL_WORKER, "W3", null, null, marker);

    Document c04 = page("/data-quality/children/C04", w3);
    assertThat(c04.select("h1").text()).isEqualTo("Data quality: child C04");
    assertThat(rows(c04, "#findings-table")).hasSize(1).first().asString().contains("FIELD_LENGTH");
    assertThat(rows(c04, "#fixed-table")).hasSize(1).first().asString().contains("01/02/2018");
    assertThat(csv(download("/data-quality/children/C04?format=csv", w3)))
        .extracting(r -> r.get(6))
        .containsExactly("Rule", "FIELD_LENGTH");
    assertThat(csv(download("/data-quality/children/C04?format=csv&table=fixed", w3)))
        .extracting(r -> r.get(6))
        .containsExactly("Rule", "DATE_FORMAT");

    // another team's child: refused, page and download alike, and logged with the child
    for (String path :
        List.of("/data-quality/children/C01", "/data-quality/children/C01?format=csv")) {
      String body =
          mvc.perform(get(path).with(user(w3)))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(body).doesNotContain("DATE_FORMAT", "2015-13-10");
    }
    assertThat(childLog(marker))
        .containsExactly(
            "view C04",
            "view C04",
            "export -",
            "view C04",
            "export -",
            "refused C01",
            "refused C01");

    for (String path :
        List.of(
            "/data-quality/children",
            "/data-quality/children/C04",
            "/data-quality/fixed?format=csv")) {
      mvc.perform(get(path).with(user(TestUsers.boardMember()))).andExpect(status().isForbidden());
    }
  }

  private List<String> firstSeen(long run) {
    return jdbc.sql(
            "select (first_seen at time zone 'Europe/London')::date::text from ingest_finding"
                + " where run_id = ? order by finding_no")
        .param(run)
        .query(String.class)
        .list();
  }

  private List<String> childLog(String username) {
    return jdbc.sql(
            "select action || ' ' || coalesce(child_id, '-') from access_log where username = ?"
                + " order by access_id")
        .param(username)
        .query(String.class)
        .list();
  }

  private List<List<Object>> logged(String username) {
    return jdbc.sql(
            "select action, list, row_count from access_log where username = ? order by access_id")
        .param(username)
        .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
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

  private static List<String> rows(Document page, String table) {
    return page.select(table + " tbody tr").stream().map(Element::text).toList();
  }

  private static List<String> childColumn(Document page) {
    return page.select("#findings-table tbody tr").stream()
        .map(row -> row.select("td").get(2).text())
        .toList();
  }

  private static List<String> openFor(Document page) {
    return page.select("#findings-table tbody tr").stream()
        .map(row -> row.select("td").last().text())
        .toList();
  }
}
