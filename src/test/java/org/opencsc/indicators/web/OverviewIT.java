package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.security.OpenCscUser;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview on the engine's hand-built council with a hand-written history ({@code
 * overview-history.sql} works the expected figures out).
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/engine.sql",
  "/org/opencsc/indicators/web/overview-history.sql"
})
class OverviewIT {

  @Autowired MockMvc mvc;
  @Autowired IndicatorTargets targets;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void targets() {
    targets.set("referrals", BigDecimal.valueOf(4), BigDecimal.ZERO, "test-admin", "test");
    targets.set(
        "re_referrals_within_12_months",
        BigDecimal.valueOf(20),
        BigDecimal.valueOf(3),
        "test-admin",
        "test");
  }

  @Test
  void aHeadlineShowsItsFigureTrendAndChangeSinceLastNightAndLastMonth() throws Exception {
    Element referrals = page(TestUsers.director()).getElementById("headline-referrals");

    assertThat(referrals.select("th a").attr("href")).isEqualTo("/indicators/referrals");
    assertThat(referrals.select(".figure").text()).isEqualTo("5");
    assertThat(referrals.select(".since-last-night").text())
        .isEqualTo("+1 (from 4 on 30 Mar 2025)");
    assertThat(referrals.select(".since-last-month").text())
        .isEqualTo("+2 (from 3 on 28 Feb 2025)");
    assertThat(referrals.select(".rag .govuk-tag").text()).isEqualTo("No RAG");
    assertThat(referrals.select(".rag .target").text()).isEqualTo("Target 4");
    assertThat(referrals.select(".trend svg polyline").attr("points").split(" ")).hasSize(3);
    assertThat(referrals.select(".trend").text()).contains("From 2 on Jan 2025 to 5 on Mar 2025");
    assertThat(referrals.select(".benchmarks .england").text())
        .isEqualTo("England: 632,830 (2024-25)");
    assertThat(referrals.select(".benchmarks .statistical-neighbours").text())
        .isEqualTo("Statistical neighbours: Not available");
  }

  @Test
  void beforeAnythingIsRecordedTheFiguresAreWorkedOut() throws Exception {
    jdbc.sql("delete from indicator_history").update();

    Element referrals = page(TestUsers.director()).getElementById("headline-referrals");

    // engine.sql's five referrals, counted live; no earlier figure to compare with
    assertThat(referrals.select(".figure").text()).isEqualTo("5");
    assertThat(referrals.select(".since-last-night").text()).isEqualTo("No earlier figure");
  }

  @Test
  void aChangedTargetShowsAtOnceThoughTheHeadlinesAreKept() throws Exception {
    String id = "headline-re_referrals_within_12_months";
    assertThat(page(TestUsers.director()).getElementById(id).select(".rag .govuk-tag").text())
        .isEqualTo("Red");

    // 25.0% against a target of 30% (lower is better): green
    targets.set(
        "re_referrals_within_12_months",
        BigDecimal.valueOf(30),
        BigDecimal.ZERO,
        "test-admin",
        "t");

    assertThat(page(TestUsers.director()).getElementById(id).select(".rag .govuk-tag").text())
        .isEqualTo("Green");
  }

  @Test
  void aPercentageAgainstItsTargetIsRedBeyondTheTolerance() throws Exception {
    Element reReferrals =
        page(TestUsers.director()).getElementById("headline-re_referrals_within_12_months");

    assertThat(reReferrals.select(".figure").text()).isEqualTo("25.0%");
    assertThat(reReferrals.select(".rag .govuk-tag").text()).isEqualTo("Red");
    assertThat(reReferrals.select(".rag .govuk-tag").hasClass("govuk-tag--red")).isTrue();
    assertThat(reReferrals.select(".rag .target").text()).isEqualTo("Target 20.0%");
    assertThat(reReferrals.select(".since-last-night").text()).isEqualTo("No earlier figure");
    assertThat(reReferrals.select(".since-last-month").text()).isEqualTo("No earlier figure");
    assertThat(reReferrals.select(".trend svg")).isEmpty();
    assertThat(reReferrals.select(".benchmarks .england").text())
        .isEqualTo("England: 22.6% (2024-25)");
  }

  @Test
  void recordedFiguresAreReadNotWorkedOutAgainAndTheRestAreWorkedOut() throws Exception {
    // without its referrals the snapshot would count none; the overview shows what was recorded
    jdbc.sql("delete from referral where snapshot_id = 9101").update();
    Document page = page(TestUsers.director());

    assertThat(page.getElementById("headline-referrals").select(".figure").text()).isEqualTo("5");
    // not recorded from 9101: worked out, and engine.sql has no assessment to count
    assertThat(
            page.getElementById("headline-assessments_within_45_working_days")
                .select(".figure")
                .text())
        .isEqualTo("No figure");
    assertThat(page.select("#headlines tbody tr")).hasSize(Headlines.IDS.size());
  }

  @Test
  void aBoardMemberSeesTheWholeOverviewAndNoChild() throws Exception {
    String body = html(TestUsers.boardMember());
    Document page = Jsoup.parse(body);

    assertThat(page.select("#headlines tbody tr")).hasSize(Headlines.IDS.size());
    assertThat(page.getElementById("headline-referrals").select(".figure").text()).isEqualTo("5");
    assertThat(withoutCsrfTokens(body)).doesNotContainPattern("C0[1-6]");
  }

  @Test
  void theOverviewDownloadsAsCsvWithTheSameFigures() throws Exception {
    String csv = new String(download("/?format=csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<String> lines = csv.lines().toList();

    assertThat(lines.get(0))
        .startsWith("Indicator id,Indicator,Unit,As at,Period start,Value,Numerator,Denominator");
    assertThat(lines).hasSize(1 + Headlines.IDS.size());
    assertThat(lines)
        .filteredOn(l -> l.startsWith("referrals,"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains(
                        ",count,2025-03-31,2024-04-01,5,5,0,4,0,none,632830,2024-25,,,1,2025-03-30,2,2025-02-28"));
    assertThat(lines)
        .filteredOn(l -> l.startsWith("re_referrals_within_12_months,"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains(",25.0,1,4,20,3,red,22.6,2024-25,"));
  }

  private byte[] download(String url) throws Exception {
    return mvc.perform(get(url).with(user(TestUsers.director())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private Document page(OpenCscUser login) throws Exception {
    return Jsoup.parse(html(login));
  }

  private String html(OpenCscUser login) throws Exception {
    return mvc.perform(get("/").with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
