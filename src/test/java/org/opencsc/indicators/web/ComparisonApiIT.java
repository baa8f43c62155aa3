package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison API on the engine's hand-built referrals ({@code engine.sql}: 5 in the year to 31
 * March 2025, 1 in the year before), with a council benchmark file of its own, the East Midlands as
 * its region and Exampleshire as its statistical-neighbour group. Referrals is a count where
 * neither direction is better: no RAG whatever its target, and no difference from a benchmark (a
 * council's count is not comparable with England's).
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/indicators/engine.sql"})
@TestPropertySource(
    properties = {
      "opencsc.indicators.benchmarks=classpath:org/opencsc/indicators/web/benchmarks.csv",
      "opencsc.council.region=east midlands",
      "opencsc.council.statistical-neighbours=Exampleshire"
    })
class ComparisonApiIT {

  @Autowired MockMvc mvc;
  @Autowired IndicatorTargets targets;

  @Test
  void theCouncilsFigureBesideItsTargetAndBenchmarks() throws Exception {
    targets.set("referrals", new BigDecimal("6"), new BigDecimal("1"), "admin", "Test target");

    Map<String, Object> referrals = referrals("/api/indicators/comparison");

    assertThat(referrals)
        .containsOnlyKeys(
            "indicator",
            "title",
            "unit_of_measure",
            "polarity",
            "as_at",
            "period_start",
            "period_end",
            "value",
            "target",
            "amber_tolerance",
            "rag",
            "england",
            "region",
            "statistical_neighbours")
        .containsEntry("as_at", "2025-03-31")
        .containsEntry("period_start", "2024-04-01")
        .containsEntry("unit_of_measure", "count")
        .containsEntry("polarity", "neither")
        .containsEntry("value", 5)
        .containsEntry("target", 6)
        .containsEntry("amber_tolerance", 1)
        .containsEntry("rag", "none");
    assertThat(compared(referrals, "england"))
        .containsEntry("area_name", "England")
        .containsEntry("year", "2024-25")
        .containsEntry("value", 632830)
        .containsEntry("difference", null)
        .containsEntry("source", "DfE Children in need 2025 table C1");
    assertThat(compared(referrals, "region"))
        .containsEntry("area_name", "East Midlands")
        .containsEntry("value", 53190);
    assertThat(compared(referrals, "statistical_neighbours"))
        .containsEntry("area_name", "Exampleshire")
        .containsEntry("value", 5400);
  }

  @Test
  void aLowerIsBetterIndicatorOnTargetIsGreenAndItsDifferenceFromEnglandIsWorkedOut()
      throws Exception {
    // engine.sql: five referrals in the year, none within 12 months of an earlier one: 0%
    targets.set(
        "re_referrals_within_12_months", new BigDecimal("20"), new BigDecimal("5"), "admin", "T");

    Map<String, Object> reReferrals =
        json("/api/indicators/comparison").stream()
            .filter(c -> "re_referrals_within_12_months".equals(c.get("indicator")))
            .findFirst()
            .orElseThrow();

    assertThat(reReferrals)
        .containsEntry("polarity", "lower")
        .containsEntry("unit_of_measure", "percent")
        .containsEntry("rag", "green");
    assertThat(new BigDecimal(reReferrals.get("value").toString())).isEqualByComparingTo("0");
    assertThat(new BigDecimal(compared(reReferrals, "england").get("difference").toString()))
        .isEqualByComparingTo("-22.6");
    assertThat(reReferrals.get("region")).isNull();
  }

  @Test
  void withoutATargetThereIsNoRagAndThePeriodChoosesTheBenchmarksYear() throws Exception {
    Map<String, Object> lastYear = referrals("/api/indicators/comparison?as-at=2024-03-31");

    assertThat(lastYear)
        .containsEntry("value", 1)
        .containsEntry("target", null)
        .containsEntry("amber_tolerance", null)
        .containsEntry("rag", "none");
    assertThat(compared(lastYear, "england"))
        .containsEntry("year", "2023-24")
        .containsEntry("value", 621880);
    // no East Midlands figure for 2023-24: the latest there is
    assertThat(compared(lastYear, "region")).containsEntry("year", "2024-25");
  }

  @Test
  void oneIndicatorsTargetAndBenchmarks() throws Exception {
    mvc.perform(get("/api/indicators/referrals/target").with(user(TestUsers.director())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.indicator").value("referrals"))
        .andExpect(jsonPath("$.target").doesNotExist())
        .andExpect(jsonPath("$.polarity").value("neither"));

    targets.set("referrals", new BigDecimal("600"), new BigDecimal("50"), "admin", "Test");

    mvc.perform(get("/api/indicators/referrals/target").with(user(TestUsers.director())))
        .andExpect(jsonPath("$.target").value(600))
        .andExpect(jsonPath("$.amber_tolerance").value(50))
        .andExpect(jsonPath("$.unit_of_measure").value("count"))
        .andExpect(jsonPath("$.changed_at").isNotEmpty())
        .andExpect(jsonPath("$.changed_by").doesNotExist());
    List<Map<String, Object>> benchmarks = json("/api/indicators/referrals/benchmarks");
    assertThat(benchmarks)
        .extracting(b -> b.get("area_type") + " " + b.get("area_name") + " " + b.get("year"))
        .containsExactly(
            "england England 2024-25",
            "england England 2023-24",
            "region East Midlands 2024-25",
            "region North East 2024-25",
            "statistical_neighbours Exampleshire 2024-25");
    assertThat(json("/api/indicators/re_referrals_within_12_months/benchmarks")).hasSize(1);
  }

  @Test
  void mistakesAreExplained() throws Exception {
    mvc.perform(get("/api/indicators/no_such/target").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/indicators/no_such/benchmarks").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/indicators/comparison?as-at=2026-01-01").with(user(TestUsers.director())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("up to")));
  }

  @Test
  void theOpenApiDescriptionShowsTheSnakeCaseNames() throws Exception {
    String spec =
        mvc.perform(get("/v3/api-docs").with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    @SuppressWarnings("unchecked")
    Map<String, Object> schemas =
        (Map<String, Object>)
            ((Map<String, Object>) JsonMapper.shared().readValue(spec, Map.class).get("components"))
                .get("schemas");

    assertThat(spec)
        .contains("/api/indicators/comparison", "/api/indicators/{id}/target")
        .doesNotContain("amberTolerance", "statisticalNeighbours", "areaName", "unitOfMeasure");
    assertThat(properties(schemas, "Comparison"))
        .containsKeys(
            "unit_of_measure",
            "as_at",
            "period_start",
            "period_end",
            "amber_tolerance",
            "rag",
            "statistical_neighbours");
    assertThat(properties(schemas, "Compared")).containsKeys("area_name", "difference");
    assertThat(properties(schemas, "TargetResponse"))
        .containsKeys("amber_tolerance", "changed_at", "unit_of_measure");
    assertThat(properties(schemas, "Benchmark")).containsKeys("area_type", "area_name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> schemas, String name) {
    Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
    assertThat(schema).as("schema " + name + " in " + schemas.keySet()).isNotNull();
    return (Map<String, Object>) schema.get("properties");
  }

  private Map<String, Object> referrals(String url) throws Exception {
    return json(url).stream()
        .filter(c -> "referrals".equals(c.get("indicator")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> compared(Map<String, Object> comparison, String key) {
    return (Map<String, Object>) comparison.get(key);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> json(String url) throws Exception {
    String body =
        mvc.perform(get(url).with(user(TestUsers.withRole(Roles.BOARD_MEMBER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonMapper.shared().readValue(body, List.class);
  }
}
