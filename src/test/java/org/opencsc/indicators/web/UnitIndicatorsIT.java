package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's, service area's or worker's indicators on the engine's hand-built referrals ({@code
 * engine.sql}: the year to 31 March 2025, worker at the event; council 5, team T3 1): each line is
 * the engine's figure for the unit, beside the council's.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class UnitIndicatorsIT {

  static final Period YEAR = Period.yearTo(LocalDate.of(2025, 3, 31));

  @Autowired MockMvc mvc;
  @Autowired IndicatorService indicators;

  @Test
  void aTeamsPageListsItsFigureOfEveryIndicatorBesideTheCouncils() throws Exception {
    Document page = Pages.page(mvc, "/indicators/units/team/T3", TestUsers.boardMember());

    Element referrals = page.getElementById("indicator-referrals");
    assertThat(referrals).isNotNull();
    // T3's one referral against the council's five
    assertThat(referrals.select("td").eachText()).startsWith("1", "5");
    assertThat(referrals.select("a").attr("href")).isEqualTo("/indicators/referrals/units/team/T3");
    // every line is the engine's own figure for T3
    List<String> lines =
        page.select("tr[id^=indicator-]").stream().map(row -> row.id().substring(10)).toList();
    assertThat(lines).isNotEmpty();
    for (String id : lines) {
      IndicatorValue t3 =
          indicators.values(YEAR, Level.TEAM, id).stream()
              .filter(v -> v.unitId().equals("T3"))
              .findFirst()
              .orElseThrow();
      String shown = page.getElementById("indicator-" + id).select("td").first().text();
      String expected = Figures.value(t3.value(), indicators.indicator(id).orElseThrow().unit());
      assertThat(shown).as(id).isEqualTo(expected.isEmpty() ? "No figure" : expected);
    }
    assertThat(page.select("h1").text()).isEqualTo("Indicators: Looked After Children");
  }

  @Test
  void aUnitWithNoFigureAndTheCouncilLevelAreNotFound() throws Exception {
    mvc.perform(get("/indicators/units/team/T99").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/indicators/units/council/council").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
  }

  @Test
  void theListDownloads() throws Exception {
    List<List<String>> csv =
        Pages.csv(
            Pages.download(mvc, "/indicators/units/team/T3?format=csv", TestUsers.director()));

    assertThat(csv.get(0)).startsWith("Indicator id", "Indicator", "Numerator");
    assertThat(csv).anySatisfy(row -> assertThat(row).startsWith("referrals", "Referrals", "1"));
  }
}
