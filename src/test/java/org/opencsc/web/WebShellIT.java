package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The GOV.UK assets, the home page and the error pages. */
@OpenCscIT
@AutoConfigureMockMvc
class WebShellIT {

  @Autowired MockMvc mvc;

  @Test
  void govukStylesFontsImagesAndScriptsResolveWithoutSigningIn() throws Exception {
    mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
        .andExpect(status().isOk());
    mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js"))
        .andExpect(status().isOk());
    mvc.perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).andExpect(status().isOk());
    mvc.perform(get("/assets/images/favicon.svg")).andExpect(status().isOk());
    mvc.perform(get("/js/govuk-init.js")).andExpect(status().isOk());
  }

  @Test
  void theHomePageIsTheOverviewNotARedirect() throws Exception {
    mvc.perform(get("/").with(user(TestUsers.director())))
        .andExpect(status().isOk())
        .andExpect(redirectedUrl(null));
  }

  @Test
  void anUnknownPageIsAGovukNotFoundPageWithTheLayout() throws Exception {
    String body =
        mvc.perform(get("/no-such-page").with(user(TestUsers.director())))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var page = Jsoup.parse(body);

    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    assertThat(page.select(".govuk-skip-link").attr("href")).isEqualTo("#main-content");
    assertThat(page.select("main#main-content.govuk-main-wrapper")).hasSize(1);
    assertThat(page.select(".govuk-footer")).hasSize(1);
    assertThat(page.select(".govuk-service-navigation").text()).contains("Test Director");
  }
}
