package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API on the engine's hand-built referrals ({@code engine.sql} works out the figures): the
 * output contract's snake_case fields, the rows behind a figure, who may see them, and the errors.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
class IndicatorApiIT {

  @Autowired MockMvc mvc;
  @Autowired IndicatorHistory history;
  @Autowired IndicatorService indicators;

  @Test
  void valuesFollowTheOutputContract() throws Exception {
    List<Map<String, Object>> teams =
        json(
            "/api/indicators/referrals/values?as-at=2025-03-31&level=team&attribution=current",
            Roles.BOARD_MEMBER);

    assertThat(teams)
        .extracting(v -> v.get("unit_id") + "=" + v.get("numerator"))
        .containsExactly("T1=1", "T3=2", "unallocated=2");
    assertThat(teams.get(0))
        .containsOnlyKeys(
            "indicator",
            "level",
            "unit_id",
            "unit_name",
            "numerator",
            "denominator",
            "value",
            "unit_of_measure",
            "as_at",
            "period_start",
            "period_end")
        .containsEntry("unit_name", "Assessment East")
        .containsEntry("period_start", "2024-04-01")
        .containsEntry("period_end", "2025-03-31")
        .containsEntry("unit_of_measure", "count");
  }

  @Test
  void withoutDatesTheServedSnapshotsYearIsUsed() throws Exception {
    List<Map<String, Object>> council = json("/api/indicators/values", Roles.SOCIAL_WORKER);

    assertThat(council)
        .filteredOn(v -> v.get("indicator").equals("referrals"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.get("as_at")).isEqualTo("2025-03-31");
              assertThat(v.get("numerator")).isEqualTo(5);
            });
  }

  @Test
  void theCatalogueDescribesEachIndicator() throws Exception {
    assertThat(json("/api/indicators", Roles.BOARD_MEMBER))
        .filteredOn(i -> i.get("id").equals("referrals"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.get("unit")).isEqualTo("count");
              assertThat(i.get("subject")).isEqualTo("child");
              assertThat(i.get("group")).isEqualTo("front-door");
              assertThat((String) i.get("source")).contains("CINreferralDate");
            });
  }

  @Test
  void theRowsBehindAFigureAreForThoseWhoMaySeeChildren() throws Exception {
    String t3 = "/api/indicators/referrals/rows?level=team&unit=T3&attribution=current";

    assertThat(json(t3, Roles.PERFORMANCE_ANALYST))
        .extracting(r -> r.get("child_id") + " " + r.get("worker_name"))
        .containsExactly("C05 Dev Patel", "C02 Cara Jones");
    mvc.perform(get(t3).with(user(TestUsers.withRole(Roles.BOARD_MEMBER))))
        .andExpect(status().isForbidden());
    mvc.perform(get(t3)).andExpect(status().isUnauthorized());
  }

  @Test
  void longListsComeAPageAtATime() throws Exception {
    String all = "/api/indicators/referrals/rows";
    List<Object> whole = json(all, Roles.DIRECTOR).stream().map(r -> r.get("record_id")).toList();
    assertThat(whole).hasSize(5);

    var first =
        mvc.perform(get(all + "?limit=2").with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(2))
            .andReturn()
            .getResponse();
    assertThat(first.getHeader("X-Total-Count")).isEqualTo("5");
    assertThat(first.getHeader("Link"))
        .isEqualTo(
            "<http://localhost/api/indicators/referrals/rows?offset=2&limit=2>; rel=\"next\"");

    var last =
        mvc.perform(get(all + "?offset=4&limit=2").with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].record_id").value(whole.get(4)))
            .andExpect(jsonPath("$.length()").value(1))
            .andReturn()
            .getResponse();
    assertThat(last.getHeader("X-Total-Count")).isEqualTo("5");
    assertThat(last.getHeader("Link")).isNull();
    assertThat(json(all + "?offset=2&limit=2", Roles.DIRECTOR))
        .extracting(r -> r.get("record_id"))
        .containsExactly(whole.get(2), whole.get(3));

    var beyond =
        mvc.perform(get(all + "?offset=9").with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(0))
            .andReturn()
            .getResponse();
    assertThat(beyond.getHeader("X-Total-Count")).isEqualTo("5");
    mvc.perform(get(all + "?limit=0").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest());
    mvc.perform(get(all + "?limit=10001").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("limit can be at most 10000, not 10001"));
  }

  @Test
  void aTrendIsTheRecordedMonthEnds() throws Exception {
    history.record(indicators.servedSnapshot());

    assertThat(json("/api/indicators/referrals/trend", Roles.BOARD_MEMBER))
        .extracting(p -> p.get("as_at") + "=" + p.get("numerator"))
        .startsWith("2024-04-30=2", "2024-05-31=3")
        .endsWith("2025-03-31=5")
        .hasSize(12);
    assertThat(
            json("/api/indicators/referrals/trend?kind=nightly&level=team&unit=T3", Roles.DIRECTOR))
        .extracting(p -> p.get("as_at") + "=" + p.get("numerator"))
        .containsExactly("2025-03-31=1");
  }

  @Test
  void mistakesAreExplained() throws Exception {
    mvc.perform(
            get("/api/indicators/referrals/values?level=region").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("level must be")));
    mvc.perform(
            get("/api/indicators/referrals/values?as-at=2026-01-01")
                .with(user(TestUsers.director())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("up to")));
    mvc.perform(get("/api/indicators/no_such/values").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiIsDescribedWithOpenApi() throws Exception {
    String spec =
        mvc.perform(get("/v3/api-docs").with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(spec)
        .contains("/api/indicators/{id}/rows")
        .contains("/api/indicators/values")
        .contains("unit_of_measure");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> json(String url, String role) throws Exception {
    String body =
        mvc.perform(get(url).with(user(TestUsers.withRole(role))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonMapper.shared().readValue(body, List.class);
  }
}
