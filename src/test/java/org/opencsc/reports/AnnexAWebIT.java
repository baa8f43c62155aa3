package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Annex A page and download on {@code annex-a.sql} (served snapshot 9401, 31 March 2026): the
 * page offers the snapshot's date and the six months to it; the download is the workbook for the
 * dates asked for and is logged once with its rows (14 by default, counted in AnnexAListsIT); dates
 * the data cannot give show the page with the errors and download nothing; only the Director,
 * performance analysts and administrators may open either (everyone else: 403).
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql(
    scripts = "/org/opencsc/reports/annex-a.sql",
    statements = {
      "delete from current_snapshot",
      "insert into current_snapshot (snapshot_id) values (9401)"
    })
class AnnexAWebIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void thePageOffersTheSnapshotsDateAndTheSixMonthsToIt() throws Exception {
    Document page = page("/reports/annex-a", TestUsers.director());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Ofsted Annex A");
    assertThat(page.selectFirst("input#asAt").val()).isEqualTo("2026-03-31");
    assertThat(page.selectFirst("input#from").val()).isEqualTo("2025-10-01");
    assertThat(page.selectFirst("form#annex-a-form").attr("action"))
        .isEqualTo("/reports/annex-a/download");
    assertThat(page.select("table tbody tr")).hasSize(11);
    assertThat(page.select("table tbody tr th").eachText()).contains("List 1", "List 11");
    Document reports = page("/reports", TestUsers.director());
    assertThat(reports.selectFirst("a#annex-a-link").attr("href")).isEqualTo("/reports/annex-a");
  }

  @Test
  void theDownloadIsTheWorkbookAndIsLoggedOnceWithItsRows() throws Exception {
    String marker = "analyst-" + UUID.randomUUID();
    OpenCscUser analyst = TestUsers.scoped(Roles.PERFORMANCE_ANALYST, null, null, null, marker);
    MockHttpServletResponse response =
        mvc.perform(
                get("/reports/annex-a/download")
                    .param("asAt", "2026-03-31")
                    .param("from", "2025-10-01")
                    .with(user(analyst)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.getHeader("Content-Disposition")).contains("annex-a-2026-03-31.xlsx");
    Map<String, Long> rows = rows(response.getContentAsByteArray());
    assertThat(rows).hasSize(11).containsEntry("List 3", 2L).containsEntry("List 8", 2L);
    assertThat(log(marker))
        .containsExactly(List.of("export", "Ofsted Annex A", "14", "/reports/annex-a/download"));
  }

  @Test
  void anotherPeriodSelectsItsOwnRows() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                get("/reports/annex-a/download")
                    .param("asAt", "2026-01-31")
                    .param("from", "2026-01-01")
                    .with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
            .andReturn()
            .getResponse();
    Map<String, Long> rows = rows(response.getContentAsByteArray());
    // contact of 10 January in; referral of 1 December out, of 12 January in
    assertThat(rows).containsEntry("List 1", 1L).containsEntry("List 3", 1L);
    // the assessment (13 January to 20 February) is open on 31 January, not yet authorised
    assertThat(rows).containsEntry("List 4", 1L);
  }

  @Test
  void datesTheDataCannotGiveShowThePageWithTheErrors() throws Exception {
    String marker = "director-" + UUID.randomUUID();
    OpenCscUser director = TestUsers.scoped(Roles.DIRECTOR, null, null, null, marker);
    Document after = page("/reports/annex-a/download?asAt=2026-04-30&from=2025-11-01", director);
    assertThat(after.select(".govuk-error-summary a").eachText())
        .containsExactly("The as-at date must be on or before the date of the data loaded");
    assertThat(after.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#asAt");
    assertThat(after.selectFirst("input#asAt").val()).isEqualTo("2026-04-30");

    Document reversed = page("/reports/annex-a/download?asAt=2026-01-31&from=2026-02-01", director);
    assertThat(reversed.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#from");

    Document typo = page("/reports/annex-a/download?asAt=31/03/2026&from=", director);
    assertThat(typo.select(".govuk-error-summary a").eachText())
        .containsExactly("Enter the as-at date as year-month-day, for example 2026-03-31");
    assertThat(log(marker)).isEmpty();
  }

  @Test
  void withNoDataLoadedThereIsNothingToDownload() throws Exception {
    jdbc.sql("delete from current_snapshot").update();
    for (String path : List.of("/reports/annex-a", "/reports/annex-a/download")) {
      Document page = page(path, TestUsers.director());
      assertThat(page.selectFirst("#no-data").text())
          .isEqualTo("No data has been loaded yet, so there is no workbook to make.");
      assertThat(page.selectFirst("form#annex-a-form")).isNull();
    }
  }

  @Test
  void onlyTheRolesThatSeeEveryChildButTheBoardMayOpenIt() throws Exception {
    List<OpenCscUser> refused =
        List.of(
            TestUsers.socialWorker("W1"),
            TestUsers.teamManager("T1"),
            TestUsers.headOfService("SA1"),
            TestUsers.boardMember());
    for (OpenCscUser login : refused) {
      for (String path : List.of("/reports/annex-a", "/reports/annex-a/download")) {
        assertThat(mvc.perform(get(path).with(user(login))).andReturn().getResponse().getStatus())
            .as("%s %s", login.getRole(), path)
            .isEqualTo(403);
      }
    }
    Document reports = page("/reports", TestUsers.boardMember());
    assertThat(reports.selectFirst("#annex-a-link")).isNull();
  }

  private Document page(String path, OpenCscUser login) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(user(login))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private static Map<String, Long> rows(byte[] xlsx) throws IOException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        try (Stream<Row> stream = sheet.openStream()) {
          rows.put(sheet.getName(), stream.count() - 1);
        }
      }
    }
    return rows;
  }

  private List<List<String>> log(String username) {
    return jdbc.sql(
            "select action, list, row_count::text, path from access_log where username = ?"
                + " order by access_id")
        .param(username)
        .query(
            (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
