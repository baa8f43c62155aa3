package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
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
 * The data quality children list's filters (team, worker, rule, severity), on the findings of
 * {@code data-quality.sql} over the council of {@code council-structure.sql}. Worked out by hand
 * from their headers: who holds each child on 31 March 2025 and each child's findings of run 9501
 * (errors/queries/total):
 *
 * <pre>
 *   C01 T1 Amira Shah (W1)   DATE_FORMAT error                       1/0/1
 *   C02 T2 Ben Cole (W2)     DATE_FORMAT error, UNKNOWN_CODE query   1/1/2
 *   C03 T2 Ben Cole (W2)     none                                    0/0/0
 *   C04 T2 Cara Jones (W3)   UNKNOWN_CODE query                      0/1/1
 *   C05, C07 T3 Dev Patel    none
 *   C06 T3 Dev Patel (W4)    DATE_FORMAT error                       1/0/1
 *   C08 unallocated          MISSING_DATE query                      0/1/1
 *   C09 unallocated          UNKNOWN_CODE error                      1/0/1
 *   C10, C12 unallocated     none
 *   C11 T2 Cara Jones (W3)   FIELD_LENGTH error                      1/0/1
 *   C77 not in the snapshot  CHILD_REJECTED error                    1/0/1
 * </pre>
 *
 * (and two findings about no child: UNRECOGNISED, a whole file, and MISSING_ID). The list is the
 * most findings first, then the most errors, then the child ID. Social worker W3 may see C04, C06
 * (held until August 2024) and C11. Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/council/council-structure.sql", "/org/opencsc/ingest/web/data-quality.sql"})
class DataQualityChildrenIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private final UserDetails director = TestUsers.director();

  @Test
  void withNoFilterTheDirectorSeesEveryChildWithAFindingAndEveryChoice() throws Exception {
    Document page = page("/data-quality/children", director);

    assertThat(rows(page))
        .containsExactly(
            "C02 Child Protection North Ben Cole 1 1 2",
            "C01 Assessment East Amira Shah 1 0 1",
            "C06 Looked After Children Dev Patel 1 0 1",
            "C09 1 0 1",
            "C11 Child Protection North Cara Jones 1 0 1",
            "C77 1 0 1",
            "C04 Child Protection North Cara Jones 0 1 1",
            "C08 0 1 1");
    assertThat(options(page, "team"))
        .containsExactly(
            "=All",
            "T1=Assessment East",
            "T2=Child Protection North",
            "T3=Looked After Children",
            "_unallocated=Unallocated");
    assertThat(options(page, "worker"))
        .containsExactly("=All", "W1=Amira Shah", "W2=Ben Cole", "W3=Cara Jones", "W4=Dev Patel");
    // rules of findings about a child only: not UNRECOGNISED (a file) nor MISSING_ID (no child)
    assertThat(options(page, "rule"))
        .containsExactly(
            "=All",
            "CHILD_REJECTED=CHILD_REJECTED",
            "DATE_FORMAT=DATE_FORMAT",
            "FIELD_LENGTH=FIELD_LENGTH",
            "MISSING_DATE=MISSING_DATE",
            "UNKNOWN_CODE=UNKNOWN_CODE");
    assertThat(options(page, "severity")).containsExactly("=All", "error=Error", "query=Query");
    assertThat(page.getElementById("filters").attr("method")).isEqualTo("get");
    assertThat(page.getElementById("filters").attr("action")).isEqualTo("/data-quality/children");
    assertThat(page.getElementById("applied-filters")).isNull();
    assertThat(page.getElementById("clear-filters")).isNull();
  }

  @Test
  void eachFilterAlone() throws Exception {
    assertThat(rows(page("/data-quality/children?team=T2", director)))
        .containsExactly(
            "C02 Child Protection North Ben Cole 1 1 2",
            "C11 Child Protection North Cara Jones 1 0 1",
            "C04 Child Protection North Cara Jones 0 1 1");
    assertThat(childIds(page("/data-quality/children?team=_unallocated", director)))
        .containsExactly("C09", "C77", "C08");
    assertThat(childIds(page("/data-quality/children?team=_unallocated&with-none=true", director)))
        .containsExactly("C09", "C77", "C08", "C10", "C12");
    assertThat(childIds(page("/data-quality/children?worker=W3", director)))
        .containsExactly("C11", "C04");
    // the counts are of the rule's findings only: C02's query of another rule is not counted
    assertThat(rows(page("/data-quality/children?rule=DATE_FORMAT", director)))
        .containsExactly(
            "C01 Assessment East Amira Shah 1 0 1",
            "C02 Child Protection North Ben Cole 1 0 1",
            "C06 Looked After Children Dev Patel 1 0 1");
    assertThat(rows(page("/data-quality/children?severity=query", director)))
        .containsExactly(
            "C02 Child Protection North Ben Cole 0 1 1",
            "C04 Child Protection North Cara Jones 0 1 1",
            "C08 0 1 1");
  }

  @Test
  void twoFiltersTogetherAndWhatThePageSays() throws Exception {
    String marker = "director-" + UUID.randomUUID();
    Document page =
        page(
            "/data-quality/children?team=T2&rule=UNKNOWN_CODE",
            TestUsers.scoped(Roles.DIRECTOR, null, null, null, marker));

    // C09's UNKNOWN_CODE is an unallocated child's; C11 has findings of another rule only
    assertThat(rows(page))
        .containsExactly(
            "C02 Child Protection North Ben Cole 0 1 1",
            "C04 Child Protection North Cara Jones 0 1 1");
    assertThat(page.select("#applied-filters li").eachText())
        .containsExactly("Team: Child Protection North", "Rule: UNKNOWN_CODE");
    assertThat(page.getElementById("counted-note").text()).contains("at least one of them");
    assertThat(page.select("#team option[selected]").attr("value")).isEqualTo("T2");
    assertThat(page.select("#rule option[selected]").attr("value")).isEqualTo("UNKNOWN_CODE");
    // the workers offered are the chosen team's
    assertThat(options(page, "worker")).containsExactly("=All", "W2=Ben Cole", "W3=Cara Jones");
    // the clear link keeps nothing, the toggle and the download keep every filter
    assertThat(page.getElementById("clear-filters").attr("href"))
        .isEqualTo("/data-quality/children");
    assertThat(page.getElementById("with-none-toggle").attr("href"))
        .isEqualTo("/data-quality/children?team=T2&rule=UNKNOWN_CODE&with-none=true");
    assertThat(page.select("#children-table a[download]").eachAttr("href"))
        .containsExactly(
            "/data-quality/children?team=T2&rule=UNKNOWN_CODE&format=csv",
            "/data-quality/children?team=T2&rule=UNKNOWN_CODE&format=xlsx");
    assertThat(page.getElementById("findings-link").attr("href"))
        .isEqualTo("/data-quality?team=T2&rule=UNKNOWN_CODE");
    assertThat(page.select("input[type=hidden][name=with-none]")).isEmpty();
    assertThat(logged(marker))
        .containsExactly(List.of("view", "data quality children (team T2, rule UNKNOWN_CODE)", 2L));

    Document worker = page("/data-quality/children?team=T2&worker=W2&with-none=true", director);
    assertThat(childIds(worker)).containsExactly("C02", "C03");
    assertThat(worker.select("input[type=hidden][name=with-none]").attr("value")).isEqualTo("true");
    assertThat(worker.getElementById("clear-filters").attr("href"))
        .isEqualTo("/data-quality/children?with-none=true");
  }

  @Test
  void sinceCountsTheNewOrTheStillOpenFindingsOnly() throws Exception {
    // C02's DATE_FORMAT and C04's UNKNOWN_CODE were found by the load before (run 9500's day) too
    jdbc.sql(
            "update ingest_finding set first_seen = '2025-03-01 02:30+00'"
                + " where run_id = 9501 and finding_no in (2, 4)")
        .update();

    assertThat(rows(page("/data-quality/children?since=open", director)))
        .containsExactly(
            "C02 Child Protection North Ben Cole 1 0 1",
            "C04 Child Protection North Cara Jones 0 1 1");
    assertThat(rows(page("/data-quality/children?since=new&team=T2", director)))
        .containsExactly(
            "C11 Child Protection North Cara Jones 1 0 1",
            "C02 Child Protection North Ben Cole 0 1 1");
    Document open = page("/data-quality/children?since=open&team=T2&with-none=true", director);
    assertThat(rows(open))
        .containsExactly(
            "C02 Child Protection North Ben Cole 1 0 1",
            "C04 Child Protection North Cara Jones 0 1 1",
            "C03 Child Protection North Ben Cole 0 0 0",
            "C11 Child Protection North Cara Jones 0 0 0");
    assertThat(open.select("#applied-filters li").eachText())
        .containsExactly("Team: Child Protection North", "New or still open: Still open");
    assertThat(options(open, "since"))
        .containsExactly("=All", "new=New since the last load", "open=Still open");
    // the findings page's T2 row counts the same children
    assertThat(page("/data-quality?since=open", director).select("#team-T2 td").last().text())
        .isEqualTo("2");
    mvc.perform(get("/data-quality/children?since=yesterday").with(user(director)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void withNoneAndARuleListEveryChildChosenCountingThatRuleOnly() throws Exception {
    Document page =
        page("/data-quality/children?team=T2&rule=DATE_FORMAT&with-none=true", director);

    // C04 and C11 have findings, but none of DATE_FORMAT; C03 has none at all
    assertThat(rows(page))
        .containsExactly(
            "C02 Child Protection North Ben Cole 1 0 1",
            "C03 Child Protection North Ben Cole 0 0 0",
            "C04 Child Protection North Cara Jones 0 0 0",
            "C11 Child Protection North Cara Jones 0 0 0");
    assertThat(page.getElementById("counted-note").text())
        .contains("listed with 0, even when it has other findings");
  }

  @Test
  void theDownloadsHonourTheFilters() throws Exception {
    String marker = "analyst-" + UUID.randomUUID();
    UserDetails analyst = TestUsers.scoped(Roles.PERFORMANCE_ANALYST, null, null, null, marker);

    assertThat(
            csv(download("/data-quality/children?team=T2&rule=UNKNOWN_CODE&format=csv", analyst)))
        .containsExactly(
            List.of("Child ID", "Team", "Worker", "Errors", "Queries", "Total"),
            List.of("C02", "Child Protection North", "Ben Cole", "0", "1", "1"),
            List.of("C04", "Child Protection North", "Cara Jones", "0", "1", "1"));
    try (ReadableWorkbook workbook =
        xlsx(download("/data-quality/children?format=xlsx&team=T2&with-none=true", analyst))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.stream().skip(1).map(r -> r.getCell(0).getText()))
          .containsExactly("C02", "C11", "C04", "C03");
      assertThat(rows.get(4).getCell(5).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(4).getCell(5).asNumber()).isEqualByComparingTo("0");
    }
    assertThat(logged(marker))
        .containsExactly(
            List.of("export", "data quality children (team T2, rule UNKNOWN_CODE)", 2L),
            List.of("export", "data quality children (team T2, with none)", 4L));
  }

  @Test
  void aSocialWorkerIsOfferedAndShownTheirOwnChildrenOnly() throws Exception {
    UserDetails w3 = TestUsers.socialWorker("W3");
    Document own = page("/data-quality/children", w3);
    assertThat(childIds(own)).containsExactly("C06", "C11", "C04");
    // C06 is in scope (held until August 2024) and held by Dev Patel in T3 now
    assertThat(options(own, "team"))
        .containsExactly("=All", "T2=Child Protection North", "T3=Looked After Children");
    assertThat(options(own, "worker")).containsExactly("=All", "W3=Cara Jones", "W4=Dev Patel");
    assertThat(options(own, "rule"))
        .containsExactly(
            "=All",
            "DATE_FORMAT=DATE_FORMAT",
            "FIELD_LENGTH=FIELD_LENGTH",
            "UNKNOWN_CODE=UNKNOWN_CODE");

    // another team's or worker's id narrows the worker's own list; it never widens it
    for (String path :
        List.of(
            "/data-quality/children?team=T1",
            "/data-quality/children?team=T1&with-none=true",
            "/data-quality/children?worker=W1&with-none=true",
            "/data-quality/children?team=_unallocated&with-none=true")) {
      String html =
          withoutCsrfTokens(
              mvc.perform(get(path).with(user(w3)))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(StandardCharsets.UTF_8));
      Document page = Jsoup.parse(html);
      assertThat(page.getElementById("children-table")).as(path).isNull();
      assertThat(page.getElementById("no-children").text())
          .isEqualTo("No child you may see matches these filters.");
      assertThat(html).as(path).doesNotContain("C01", "C08", "C10", "C12", "Amira Shah");
    }
    Document t1 = page("/data-quality/children?team=T1", w3);
    // the value asked for is shown as chosen, by its id, as no team of the worker's is T1
    assertThat(t1.select("#team option[selected]").text()).isEqualTo("T1");
    assertThat(t1.select("#applied-filters li").eachText()).containsExactly("Team: T1");

    // T3's children: only C06, never C05 or C07, even with the children with no finding
    assertThat(childIds(page("/data-quality/children?team=T3&with-none=true", w3)))
        .containsExactly("C06");
    assertThat(csv(download("/data-quality/children?format=csv&worker=W4&with-none=true", w3)))
        .extracting(r -> r.get(0))
        .containsExactly("Child ID", "C06");
    assertThat(csv(download("/data-quality/children?format=csv&team=T1&with-none=true", w3)))
        .hasSize(1);

    // the team manager of T2 likewise: C06 is in the team's scope, C05 and C07 are not
    assertThat(
            childIds(
                page("/data-quality/children?team=T3&with-none=true", TestUsers.teamManager("T2"))))
        .containsExactly("C06");
  }

  @Test
  void unknownValues() throws Exception {
    for (String path :
        List.of(
            "/data-quality/children?team=T99",
            "/data-quality/children?worker=W99&with-none=true",
            "/data-quality/children?rule=NO_SUCH_RULE",
            "/data-quality/children?team=_none&with-none=true",
            "/data-quality/children?severity=file")) {
      Document page = page(path, director);
      assertThat(page.getElementById("children-table")).as(path).isNull();
      assertThat(page.getElementById("no-children")).as(path).isNotNull();
    }
    assertThat(
            page("/data-quality/children?rule=NO_SUCH_RULE", director)
                .select("#applied-filters li")
                .eachText())
        .containsExactly("Rule: NO_SUCH_RULE");
    assertThat(
            page("/data-quality/children?severity=file", director)
                .select("#severity option[selected]")
                .text())
        .isEqualTo("File not used");
    // a rule no child has, with the children with none: every child, each with 0
    assertThat(
            rows(
                page(
                    "/data-quality/children?rule=NO_SUCH_RULE&with-none=true",
                    TestUsers.socialWorker("W3"))))
        .containsExactly(
            "C04 Child Protection North Cara Jones 0 0 0",
            "C06 Looked After Children Dev Patel 0 0 0",
            "C11 Child Protection North Cara Jones 0 0 0");
    for (String path :
        List.of(
            "/data-quality/children?severity=awful",
            "/data-quality/children?severity=awful&format=csv",
            "/data-quality/children?with-none=maybe")) {
      mvc.perform(get(path).with(user(director))).andExpect(status().isBadRequest());
    }
    mvc.perform(get("/data-quality/children?team=T2").with(user(TestUsers.boardMember())))
        .andExpect(status().isForbidden());
  }

  @Test
  void theFindingsPageLinksEachRankingRowToItsChildren() throws Exception {
    Document page = page("/data-quality", director);
    assertThat(childrenLink(page, "team-T2")).isEqualTo("/data-quality/children?team=T2");
    assertThat(childrenLink(page, "team-_unallocated"))
        .isEqualTo("/data-quality/children?team=_unallocated");
    // the findings about no child have no child to list
    assertThat(childrenLink(page, "team-_none")).isNull();
    assertThat(childrenLink(page, "worker-W3"))
        .isEqualTo("/data-quality/children?team=T2&worker=W3");
    assertThat(childrenLink(page, "rule-error-DATE_FORMAT"))
        .isEqualTo("/data-quality/children?rule=DATE_FORMAT&severity=error");
    assertThat(childrenLink(page, "rule-error-MISSING_ID")).isNull();
    assertThat(childrenLink(page, "rule-file-UNRECOGNISED")).isNull();
    // the by-team row's children are those the list shows for it: C02, C04 and C11 for T2
    assertThat(page.select("#team-T2 td").last().text()).isEqualTo("3");
    assertThat(page.select("#team-_none td").last().text()).isEqualTo("0");
    assertThat(page.select("#rule-query-UNKNOWN_CODE td").last().text()).isEqualTo("2");
    assertThat(page.getElementById("children-link").attr("href"))
        .isEqualTo("/data-quality/children");

    // the links keep the page's filters
    Document filtered = page("/data-quality?rule=DATE_FORMAT&severity=error&since=new", director);
    assertThat(childrenLink(filtered, "team-T2"))
        .isEqualTo("/data-quality/children?team=T2&rule=DATE_FORMAT&severity=error&since=new");
    assertThat(filtered.getElementById("children-link").attr("href"))
        .isEqualTo("/data-quality/children?rule=DATE_FORMAT&severity=error&since=new");

    // and the list behind the by-team row is the children of its count: T2 has 1 such finding
    assertThat(
            rows(page("/data-quality/children?team=T2&rule=DATE_FORMAT&severity=error", director)))
        .containsExactly("C02 Child Protection North Ben Cole 1 0 1");
  }

  private static String childrenLink(Document page, String rowId) {
    Element row = page.getElementById(rowId);
    assertThat(row).as(rowId).isNotNull();
    Element link = row.select("td").last().selectFirst("a");
    return link == null ? null : link.attr("href");
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

  private static List<String> rows(Document page) {
    return page.select("#children-table tbody tr").stream().map(Element::text).toList();
  }

  private static List<String> childIds(Document page) {
    return page.select("#children-table tbody tr th").eachText();
  }

  /** A select's options as value=label. */
  private static List<String> options(Document page, String select) {
    return page.select("#" + select + " option").stream()
        .map(o -> o.attr("value") + "=" + o.text())
        .toList();
  }

  private List<List<Object>> logged(String username) {
    return jdbc.sql(
            "select action, list, row_count from access_log where username = ? order by access_id")
        .param(username)
        .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getLong(3)))
        .list();
  }
}
