package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.indicators.TargetChange;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's targets pages: the list of every indicator, the form and its GOV.UK error
 * summary, saving with the administrator's login and reason, and the history below the form. Rolled
 * back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
class TargetPagesIT {

  static final String ADMIN = "test-administrator";

  @Autowired MockMvc mvc;
  @Autowired IndicatorTargets targets;
  @Autowired JdbcClient jdbc;

  @Test
  void theListShowsEveryIndicatorWithItsTargetUnitAndDirection() throws Exception {
    targets.set("referrals", new BigDecimal("600.50"), new BigDecimal("25"), "admin", "Board");

    Document page = page(get("/indicators/targets"));

    assertThat(page.select("h1").text()).isEqualTo("Indicator targets");
    assertThat(page.select("#targets tbody tr")).hasSizeGreaterThanOrEqualTo(1);
    var referrals = page.select("tr#target-referrals td");
    assertThat(page.select("tr#target-referrals th a").attr("href"))
        .isEqualTo("/indicators/targets/referrals");
    assertThat(referrals.eachText())
        .startsWith("Number", "Neither (no RAG rating)", "600.5", "25")
        .last()
        .asString()
        .endsWith("by admin");
    assertThat(page.select("#navigation-targets").text()).isEqualTo("Targets");
  }

  @Test
  void anAdministratorSetsATargetWithAReasonAndTheHistoryShowsIt() throws Exception {
    MvcResult saved =
        mvc.perform(
                save("referrals", "650", "", "Agreed at the improvement board, 12 May")
                    .with(csrf()))
            .andExpect(redirectedUrl("/indicators/targets"))
            .andExpect(flash().attribute("saved", "Referrals"))
            .andReturn();

    List<TargetChange> history = targets.history("referrals");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).changedBy()).isEqualTo(ADMIN);
    assertThat(history.get(0).reason()).isEqualTo("Agreed at the improvement board, 12 May");
    assertThat(history.get(0).newTarget()).isEqualByComparingTo("650");
    // a blank tolerance is none
    assertThat(history.get(0).newAmberTolerance()).isEqualByComparingTo("0");
    Document list = page(get("/indicators/targets").flashAttrs(saved.getFlashMap()));
    assertThat(list.select(".govuk-notification-banner--success").text())
        .contains("Target saved: Referrals");

    Document form = page(get("/indicators/targets/referrals"));
    assertThat(form.select("input#target").val()).isEqualTo("650");
    assertThat(form.select("input#tolerance").val()).isEqualTo("0");
    assertThat(form.select("form#target-form input[name=_csrf]").val()).isNotBlank();
    assertThat(form.select("#history-table tbody tr").text())
        .contains(ADMIN, "Set to 650", "Set to 0", "Agreed at the improvement board, 12 May");
    assertThat(form.select("#rag-rule").text()).contains("no RAG rating");
  }

  @Test
  void aBadValueIsShownInTheGovukErrorSummaryAndNothingIsSaved() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(save("referrals", "lots", "-2", " ").with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#target", "#tolerance", "#reason");
    assertThat(page.select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "Enter the target as a number, like 85 or 85.5",
            "The amber tolerance cannot be below 0",
            "Enter the reason for the change");
    assertThat(page.select("#target-error").text()).contains("Enter the target as a number");
    assertThat(page.select(".govuk-form-group--error")).hasSize(3);
    assertThat(page.select("input#target")).hasSize(1);
    assertThat(page.select("input#tolerance")).hasSize(1);
    assertThat(page.select("textarea#reason")).hasSize(1);
    assertThat(page.select("input#target").attr("aria-describedby"))
        .isEqualTo("target-hint target-error");
    // what was typed is kept
    assertThat(page.select("input#target").val()).isEqualTo("lots");
    assertThat(count()).isZero();
  }

  @Test
  void aMissingTargetIsAskedFor() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(save("referrals", " ", "1", "Because").with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select(".govuk-error-summary__list a").eachText())
        .containsExactly("Enter a target");
    assertThat(count()).isZero();
  }

  @Test
  void anUnknownIndicatorIsAGovukNotFoundPage() throws Exception {
    mvc.perform(
            get("/indicators/targets/no_such").with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
        .andExpect(status().isNotFound());
    mvc.perform(save("no_such", "1", "0", "Because").with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void aPostWithoutACsrfTokenIsRefusedAndSavesNothing() throws Exception {
    mvc.perform(save("referrals", "650", "10", "No token")).andExpect(status().isForbidden());

    assertThat(count()).isZero();
  }

  private MockHttpServletRequestBuilder save(
      String indicator, String target, String tolerance, String reason) {
    return post("/indicators/targets/" + indicator)
        .param("target", target)
        .param("tolerance", tolerance)
        .param("reason", reason)
        .with(user(TestUsers.withRole(Roles.ADMINISTRATOR)));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private long count() {
    return jdbc.sql("select count(*) from indicator_target_change").query(Long.class).single();
  }
}
