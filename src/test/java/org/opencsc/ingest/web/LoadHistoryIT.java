package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The load history pages on the hand-built history of {@code load-history.sql}, whose header works
 * out every value shown. Each test runs in a transaction that is rolled back.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/ingest/web/load-history.sql")
class LoadHistoryIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theHistoryListsEachRunNewestFirst() throws Exception {
    Document page = page("/loads");

    assertThat(page.select("tr[id^=run-]").eachAttr("id"))
        .containsExactly("run-9103", "run-9102", "run-9101");
    assertThat(cells(page, "run-9101"))
        .containsExactly(
            "9101",
            "30 Mar 2026 02:30",
            "30 Mar 2026 03:34",
            "1 h 4 min",
            "Nightly schedule",
            "Import",
            "Loaded",
            "3",
            "5",
            "2",
            "9501");
    assertThat(cells(page, "run-9102"))
        .containsExactly(
            "9102",
            "31 Mar 2026 10:00",
            "31 Mar 2026 10:00",
            "2 s",
            "Web: admin",
            "Import",
            "Nothing to load",
            "0",
            "0",
            "0",
            "");
    assertThat(cells(page, "run-9103"))
        .containsExactly(
            "9103",
            "1 Apr 2026 09:00",
            "",
            "",
            "Command line: ana",
            "Check only",
            "Running",
            "0",
            "0",
            "0",
            "");
    assertThat(page.select("#run-9101 .govuk-tag").hasClass("govuk-tag--green")).isTrue();
    assertThat(page.select("#run-9101 th a").attr("href")).isEqualTo("/loads/9101");
    assertThat(page.select("caption").text()).isEqualTo("Runs 1 to 3 of 3");
    assertThat(page.select(".govuk-pagination")).isEmpty();
  }

  @Test
  void theHistoryShowsFiftyRunsAPage() throws Exception {
    jdbc.sql(
            """
            insert into ingest_run (started_at, finished_at, trigger, directory, mode, outcome)
            select timestamptz '2026-01-01 02:30Z' - n * interval '1 day',
                   timestamptz '2026-01-01 02:31Z' - n * interval '1 day',
                   'schedule', '/srv/opencsc/drop', 'import', 'unchanged'
              from generate_series(1, 55) n
            """)
        .update();

    Document first = page("/loads");
    Document second = page("/loads?page=2");

    assertThat(first.select("tr[id^=run-]")).hasSize(50);
    assertThat(first.select("tr[id^=run-]").first().id()).isEqualTo("run-9103");
    assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/loads?page=2");
    assertThat(second.select("tr[id^=run-]")).hasSize(8);
    assertThat(second.select("caption").text()).isEqualTo("Runs 51 to 58 of 58");
    assertThat(second.select(".govuk-pagination__item--current").text()).isEqualTo("2");
    assertThat(page("/loads?page=99").select("caption").text()).isEqualTo("Runs 51 to 58 of 58");
    mvc.perform(get("/loads?page=two").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aRunPageSaysWhatStartedItAndHowItEnded() throws Exception {
    Document page = page("/loads/9101");

    assertThat(page.select("h1").text()).isEqualTo("Run 9101");
    assertThat(page.select(".govuk-breadcrumbs__link").eachText()).containsExactly("Load history");
    assertThat(summary(page))
        .containsExactly(
            "Started 30 March 2026 02:30:00",
            "Finished 30 March 2026 03:34:05",
            "Duration 1 h 4 min",
            "Started by Nightly schedule",
            "Folder /srv/opencsc/drop",
            "Mode Import",
            "Outcome Loaded",
            "Message snapshot 9501 is served",
            "Snapshot Snapshot 9501: data as at 29 March 2026 (replaced by a newer snapshot)",
            "Errors and queries 5 errors, 2 queries");
    assertThat(summary(page("/loads/9103")))
        .contains("Finished Still running", "Message None", "Snapshot None", "Mode Check only");
  }

  @Test
  void aRunPageListsItsFilesAndTheRowsLoaded() throws Exception {
    Document page = page("/loads/9101");

    assertThat(rows(page, "#files"))
        .containsExactly(
            "notes.txt Not recognised 13 " + "c".repeat(64) + " 0 0",
            "ssda903/episodes.csv SSDA903 Episodes 12,345 " + "a".repeat(64) + " 10 4",
            "ssda903/header.csv SSDA903 Header 2,048 " + "b".repeat(64) + " 6 0");
    assertThat(rows(page, "#table-counts")).containsExactly("child 6", "episode_of_care 6");
    assertThat(page("/loads/9102").text())
        .contains(
            "The folder had no files.", "No rows were loaded.", "The run found nothing wrong.")
        .doesNotContain("Download every finding");
  }

  @Test
  void findingsAreCountedByRuleAndSeverityAndListed() throws Exception {
    Document page = page("/loads/9101");

    assertThat(rows(page, "#finding-counts"))
        .containsExactly(
            "DATE_FORMAT Error 3",
            "UNKNOWN_CODE Error 1",
            "UNKNOWN_CODE Query 1",
            "UPN_FORMAT Query 1",
            "FILE_NOT_RECOGNISED File not used 1");
    assertThat(page.select("#count-error-DATE_FORMAT a").attr("href"))
        .isEqualTo("/loads/9101?severity=error&rule=DATE_FORMAT");
    assertThat(rows(page, "#findings-table"))
        .containsExactly(
            "notes.txt File not used FILE_NOT_RECOGNISED not a file OpenCSC reads",
            "ssda903/header.csv 2 C02 UPN =HYPERLINK(\"http://example.org\") Query UPN_FORMAT"
                + " not a unique pupil number",
            "ssda903/episodes.csv 3 C03 DECOM 2026-13-01 Error DATE_FORMAT not a yyyy-mm-dd date",
            "ssda903/header.csv 4 C04 ETHNIC XXXX Query UNKNOWN_CODE not a code of the 2025-26 list",
            "ssda903/episodes.csv 5 C05 DECOM 31/01/2026 Error DATE_FORMAT not a yyyy-mm-dd date",
            "ssda903/episodes.csv 7 C07 RNE ZZ Error UNKNOWN_CODE not a code of the 2025-26 list",
            "ssda903/episodes.csv 9 C09 DEC 2026-02-30 Error DATE_FORMAT not a yyyy-mm-dd date");
    assertThat(page.select("#findings-table caption").text()).isEqualTo("Findings 1 to 7 of 7");
    assertThat(page.select("#download-csv").attr("href")).isEqualTo("/loads/9101/findings.csv");
    assertThat(page.select("#download-xlsx").attr("href")).isEqualTo("/loads/9101/findings.xlsx");
  }

  @Test
  void findingsFilterBySeverityAndRule() throws Exception {
    assertThat(childIds(page("/loads/9101?severity=error&rule=DATE_FORMAT")))
        .containsExactly("C03", "C05", "C09");
    assertThat(childIds(page("/loads/9101?severity=query"))).containsExactly("C02", "C04");
    assertThat(childIds(page("/loads/9101?rule=UNKNOWN_CODE"))).containsExactly("C04", "C07");
    assertThat(childIds(page("/loads/9101?severity=&rule="))).hasSize(7);
    assertThat(page("/loads/9101?rule=NO_SUCH_RULE").text())
        .contains("No findings match these filters.");

    Document filtered = page("/loads/9101?severity=query&rule=UPN_FORMAT");
    assertThat(filtered.select("#severity option[selected]").val()).isEqualTo("query");
    assertThat(filtered.select("#rule option[selected]").val()).isEqualTo("UPN_FORMAT");
    assertThat(filtered.select("#rule option").eachAttr("value"))
        .containsExactly("", "DATE_FORMAT", "FILE_NOT_RECOGNISED", "UNKNOWN_CODE", "UPN_FORMAT");
    assertThat(filtered.select("#filters").attr("method")).isEqualTo("get");
    assertThat(filtered.select("#filters input, #filters select").eachAttr("name"))
        .containsExactly("severity", "rule");
    assertThat(rows(filtered, "#finding-counts")).hasSize(5);

    mvc.perform(get("/loads/9101?severity=urgent").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest());
  }

  @Test
  void findingsShowAHundredAPageAndKeepTheFiltersFromPageToPage() throws Exception {
    jdbc.sql(
            """
            insert into ingest_finding (run_id, finding_no, file_name, row_number, child_id, field,
                                        value, rule, severity, message)
            select 9101, 100 + n, 'ssda903/episodes.csv', 100 + n, 'X' || n, 'DECOM', 'bad',
                   'DATE_FORMAT', 'error', 'not a yyyy-mm-dd date'
              from generate_series(1, 150) n
            """)
        .update();

    Document first = page("/loads/9101?severity=error");
    Document second = page(first.select(".govuk-pagination__next a").attr("href"));

    assertThat(first.select(".govuk-pagination__next a").attr("href"))
        .isEqualTo("/loads/9101?severity=error&page=2");
    assertThat(childIds(first)).hasSize(100).startsWith("C03", "C05", "C07", "C09", "X1");
    assertThat(second.select("#findings-table caption").text())
        .isEqualTo("Findings 101 to 154 of 154");
    assertThat(childIds(second)).hasSize(54).endsWith("X150");
    assertThat(page("/loads/9101?rule=DATE_FORMAT&page=2").select("#findings-table caption").text())
        .isEqualTo("Findings 101 to 153 of 153");
  }

  @Test
  void anUnknownRunIsAGovukNotFoundPage() throws Exception {
    for (String path :
        List.of(
            "/loads/424242",
            "/loads/424242/findings.csv",
            "/loads/424242/findings.xlsx",
            "/loads/not-a-number")) {
      String body =
          mvc.perform(get(path).with(user(TestUsers.withRole(Roles.PERFORMANCE_ANALYST))))
              .andExpect(status().isNotFound())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(body).select("h1").text()).as(path).isEqualTo("Page not found");
    }
  }

  private Document page(String path) throws Exception {
    String body =
        mvc.perform(get(path).with(user(TestUsers.withRole(Roles.PERFORMANCE_ANALYST))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(body);
  }

  private static List<String> cells(Document page, String rowId) {
    return page.getElementById(rowId).select("th, td").stream().map(Element::text).toList();
  }

  private static List<String> summary(Document page) {
    return page.select(".govuk-summary-list__row").eachText();
  }

  private static List<String> rows(Document page, String tableContainer) {
    return page.select(tableContainer + " tbody tr").eachText();
  }

  private static List<String> childIds(Document page) {
    return page.select("#findings-table tbody tr").stream()
        .map((Element row) -> row.select("td").get(2).text())
        .toList();
  }
}
