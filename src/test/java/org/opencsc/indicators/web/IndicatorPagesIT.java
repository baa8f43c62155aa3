package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.security.OpenCscUser;
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
 * The indicator page, a unit's page and the rows behind a figure, on the engine's hand-built
 * referrals ({@code engine.sql}: the year to 31 March 2025, worker at the event, counts council 5;
 * T1 1, T2 1, T3 1, unallocated 2). The council numerator's rows are the referrals of C01, C02,
 * C03, C05 and C06. In scope on 31 March 2025 (allocated then or in the twelve months before):
 * worker W3 has C02 (from January 2025), W1 has C01, team T2 has C02 (until January 2025; C06's
 * allocation starts after the date); a director has every child.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class IndicatorPagesIT {

  static final Period YEAR = Period.yearTo(java.time.LocalDate.of(2025, 3, 31));
  static final String COUNCIL_NUMERATOR = "/indicators/referrals/rows/council/council/numerator";

  @Autowired MockMvc mvc;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorHistory history;
  @Autowired JdbcClient jdbc;

  @Test
  void theBreakdownsAreTheEnginesFiguresAtEveryLevel() throws Exception {
    Document page = page("/indicators/referrals", TestUsers.director());

    assertThat(page.select("h1").text()).isEqualTo("Referrals");
    assertThat(page.getElementById("council-value").text()).isEqualTo("5");
    for (Level level : List.of(Level.SERVICE_AREA, Level.TEAM, Level.WORKER)) {
      assertThat(breakdown(page, level))
          .as(level.id())
          .containsExactlyElementsOf(
              indicators.values(YEAR, level, "referrals").stream()
                  .map(v -> v.unitName() + "=" + v.numerator().toBigInteger())
                  .toList());
    }
    assertThat(breakdown(page, Level.TEAM))
        .containsExactly(
            "Assessment East=1",
            "Child Protection North=1",
            "Looked After Children=1",
            "Unallocated=2");
    assertThat(page.select("#breakdown-team a[href]").eachAttr("href"))
        .contains(
            "/indicators/referrals/units/team/T3", "/indicators/referrals/rows/team/T3/numerator");
    assertThat(page.getElementById("definition").text()).contains("CINreferralDate");
    assertThat(page.getElementById("benchmark-england").text()).contains("632,830");
    assertThat(page.getElementById("benchmark-statistical-neighbours").text())
        .contains("Not available");
  }

  @Test
  void onceRecordedTheFiguresComeFromTheHistoryAndAgreeWithTheEngine() throws Exception {
    history.record(indicators.servedSnapshot());
    Document page = page("/indicators/referrals", TestUsers.director());

    assertThat(breakdown(page, Level.SERVICE_AREA))
        .containsExactlyElementsOf(
            indicators.values(YEAR, Level.SERVICE_AREA, "referrals").stream()
                .map(v -> v.unitName() + "=" + v.numerator().toBigInteger())
                .toList());
    // twelve month ends recorded: the trend is drawn, with its table
    assertThat(page.select("#trend svg polyline")).hasSize(1);
    assertThat(page.select("#trend table tbody tr")).hasSize(12);
  }

  @Test
  void anUnknownIndicatorOrUnitIsNotFound() throws Exception {
    mvc.perform(get("/indicators/no_such").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators/referrals/units/team/T9").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators/referrals/units/region/T1").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators/referrals/rows/team/T1/all").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
  }

  @Test
  void aUnitsPageShowsItsFigureAndTheWayToItsRows() throws Exception {
    Document page = page("/indicators/referrals/units/team/T3", TestUsers.teamManager("T3"));

    assertThat(page.select("h1").text()).isEqualTo("Looked After Children");
    assertThat(page.getElementById("unit-value").text()).isEqualTo("1");
    assertThat(page.getElementById("numerator-rows").attr("href"))
        .isEqualTo("/indicators/referrals/rows/team/T3/numerator");
  }

  @Test
  void theRowsAreTheLoginsChildrenOnlyAndEveryChildForADirector() throws Exception {
    assertThat(childIds(COUNCIL_NUMERATOR, TestUsers.director()))
        .containsExactlyInAnyOrder("C01", "C02", "C03", "C05", "C06");
    assertThat(childIds(COUNCIL_NUMERATOR, TestUsers.socialWorker("W3"))).containsExactly("C02");
    assertThat(childIds(COUNCIL_NUMERATOR, TestUsers.socialWorker("W1"))).containsExactly("C01");
    assertThat(childIds(COUNCIL_NUMERATOR, TestUsers.teamManager("T2"))).containsExactly("C02");
    // T3's referral under W4 was C05's, whose allocation ended in June 2024: still W4's child
    assertThat(childIds("/indicators/referrals/rows/team/T3/numerator", TestUsers.director()))
        .containsExactly("C05");
    assertThat(
            childIds("/indicators/referrals/rows/team/T3/numerator", TestUsers.socialWorker("W3")))
        .isEmpty();

    Document scoped = page(COUNCIL_NUMERATOR, TestUsers.socialWorker("W3"));
    assertThat(scoped.getElementById("scoped")).isNotNull();
    assertThat(scoped.select("#rows a[href^='/children/']").attr("href"))
        .isEqualTo("/children/C02");
    assertThat(page(COUNCIL_NUMERATOR, TestUsers.director()).getElementById("scoped")).isNull();
  }

  @Test
  void eachListViewAndExportIsLogged() throws Exception {
    String marker = "w3-" + UUID.randomUUID();
    OpenCscUser worker = TestUsers.scoped(Roles.SOCIAL_WORKER, "W3", null, null, marker);

    page(COUNCIL_NUMERATOR, worker);
    download(COUNCIL_NUMERATOR + "?format=csv", worker);

    assertThat(
            jdbc.sql(
                    "select action, list, row_count, path from access_log where username = ?"
                        + " order by access_id")
                .param(marker)
                .query(
                    (rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list())
        .containsExactly(
            List.of("view", "indicator referrals, council, numerator", 1L, COUNCIL_NUMERATOR),
            List.of("export", "indicator referrals, council, numerator", 1L, COUNCIL_NUMERATOR));
  }

  @Test
  void theRowsDownloadAsCsvAndExcelWithEveryRowInScope() throws Exception {
    List<String> expected =
        indicators
            .rows(
                YEAR, "referrals", Level.COUNCIL, "council", org.opencsc.indicators.Side.NUMERATOR)
            .stream()
            .map(r -> r.childId() + "," + r.recordId() + "," + r.eventDate())
            .toList();

    String csv =
        new String(
            download(COUNCIL_NUMERATOR + "?format=csv", TestUsers.director()),
            StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFChild,Record,Date,Start,End,Detail");
    assertThat(
            csv.lines().skip(1).map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 3))))
        .containsExactlyElementsOf(expected);

    byte[] xlsx = download(COUNCIL_NUMERATOR + "?format=xlsx", TestUsers.director());
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Child");
      assertThat(
              rows.stream()
                  .skip(1)
                  .map(
                      r ->
                          r.getCell(0).getText()
                              + ","
                              + r.getCell(1).getText()
                              + ","
                              + r.getCell(2).asDate().toLocalDate()))
          .containsExactlyElementsOf(expected);
    }

    String scoped =
        new String(
            download(COUNCIL_NUMERATOR + "?format=csv", TestUsers.socialWorker("W3")),
            StandardCharsets.UTF_8);
    assertThat(scoped.lines().skip(1).map(l -> l.split(",")[0])).containsExactly("C02");
  }

  @Test
  void aBreakdownDownloadsWithTheEnginesFigures() throws Exception {
    String csv =
        new String(
            download("/indicators/referrals?level=team&format=csv", TestUsers.boardMember()),
            StandardCharsets.UTF_8);

    assertThat(csv.lines().skip(1).map(l -> l.split(",")[2] + "=" + l.split(",")[4]))
        .containsExactlyElementsOf(
            indicators.values(YEAR, Level.TEAM, "referrals").stream()
                .map(v -> v.unitId() + "=" + v.numerator().toPlainString())
                .toList())
        .containsExactly("T1=1", "T2=1", "T3=1", "unallocated=2");
  }

  @Test
  void aBoardMemberSeesTheFiguresButIsRefusedEveryListOfChildren() throws Exception {
    OpenCscUser board = TestUsers.boardMember();
    String indicatorPage = html("/indicators/referrals", board);
    String unitPage = html("/indicators/referrals/units/team/T3", board);

    assertThat(withoutCsrfTokens(indicatorPage))
        .doesNotContainPattern("C0[1-6]")
        .doesNotContain("/rows/");
    assertThat(withoutCsrfTokens(unitPage))
        .doesNotContainPattern("C0[1-6]")
        .doesNotContain("/rows/");
    for (String refused :
        List.of(
            COUNCIL_NUMERATOR,
            COUNCIL_NUMERATOR + "?format=csv",
            COUNCIL_NUMERATOR + "?format=xlsx",
            "/indicators/referrals/rows/team/T3/numerator",
            "/api/indicators/referrals/rows",
            "/api/indicators/referrals/rows?level=team&unit=T3")) {
      String body =
          mvc.perform(get(refused).with(user(board)))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(withoutCsrfTokens(body)).as(refused).doesNotContainPattern("C0[1-6]");
    }
  }

  @Test
  void theApiListsTheLoginsChildrenOnly() throws Exception {
    String body =
        mvc.perform(get("/api/indicators/referrals/rows").with(user(TestUsers.socialWorker("W3"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(body).contains("\"child_id\":\"C02\"").doesNotContainPattern("C0[13456]");
  }

  @Test
  @Sql({
    "/org/opencsc/indicators/council.sql",
    "/org/opencsc/indicators/definitions/fixtures/caseload_per_worker.sql"
  })
  void rowsAboutWorkersAreListedToAnyLoginThatSeesChildren() throws Exception {
    // caseload_per_worker.sql: the case-holding workers in post on 31 March 2025 are W1, W2, W3,
    // W4, W5 and W9; no child is behind these rows, so a social worker's scope does not cut them
    String denominator = "/indicators/caseload_per_worker/rows/council/council/denominator";
    Document page = page(denominator, TestUsers.socialWorker("W3"));

    assertThat(page.select("#rows thead th").first().text()).isEqualTo("Worker");
    assertThat(page.select("#rows tbody td.record").eachText())
        .containsExactly("W1", "W2", "W3", "W4", "W5", "W9");
    mvc.perform(get(denominator).with(user(TestUsers.boardMember())))
        .andExpect(status().isForbidden());
  }

  private List<String> breakdown(Document page, Level level) {
    return page.select("#breakdown-" + level.id() + " tbody tr").stream()
        .map(tr -> tr.select("th").text() + "=" + tr.select("td.numerator").text())
        .toList();
  }

  private List<String> childIds(String url, OpenCscUser login) throws Exception {
    return page(url, login).select("#rows tbody th.child").eachText();
  }

  private byte[] download(String url, OpenCscUser login) throws Exception {
    return mvc.perform(get(url).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private Document page(String url, OpenCscUser login) throws Exception {
    return Jsoup.parse(html(url, login));
  }

  private String html(String url, OpenCscUser login) throws Exception {
    return mvc.perform(get(url).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
