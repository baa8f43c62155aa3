package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrators' access log: what it records, how it is searched (a child id never in a query
 * string), its download, and that nobody else may read it.
 */
@OpenCscIT
@AutoConfigureMockMvc
class AccessLogIT {

  @Autowired MockMvc mvc;
  @Autowired AccessLog accessLog;

  @Test
  void anAdministratorFindsWhoViewedAChild() throws Exception {
    String viewer = "viewer-" + UUID.randomUUID();
    String child = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    as(viewer, () -> accessLog.viewedChild(child));
    as(viewer, () -> accessLog.exported("children of team T9", 12));

    String redirect =
        mvc.perform(
                post("/admin/access-log")
                    .param("childId", " " + child.toLowerCase() + " ")
                    .param("action", "")
                    .with(user(admin()))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(redirect).isEqualTo("/admin/access-log/children/" + child);

    Document page = page(redirect);
    assertThat(page.select("tbody tr")).hasSize(1);
    assertThat(page.select("tbody tr").text()).contains(viewer, child, "Viewed");

    Document byLogin = page("/admin/access-log?username=" + viewer);
    assertThat(byLogin.select("tbody tr").eachText())
        .hasSize(2)
        .anySatisfy(row -> assertThat(row).contains("Downloaded", "children of team T9", "12"));
  }

  @Test
  void theSearchDownloadsAsCsvAndReadingTheLogIsLogged() throws Exception {
    String viewer = "viewer-" + UUID.randomUUID();
    as(viewer, () -> accessLog.refused("C1", null));

    byte[] csv =
        mvc.perform(get("/admin/access-log?username=" + viewer + "&format=csv").with(user(admin())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFwhen (UTC),login,role,action,child,list,rows,path");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains(viewer, "refused", "C1");

    Document page = page("/admin/access-log?username=test-administrator&action=export");
    assertThat(page.select("tbody tr").text()).contains("access log");
  }

  @Test
  void aWrongDateIsAnErrorNotASilentSearch() throws Exception {
    String body =
        mvc.perform(
                post("/admin/access-log")
                    .param("from", "31/03/2026")
                    .with(user(admin()))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(body).select(".govuk-error-summary").text())
        .contains("Enter a date as year-month-day");
  }

  @Test
  void onlyAdministratorsReadTheLog() throws Exception {
    for (String role : Roles.ALL) {
      if (!role.equals(Roles.ADMINISTRATOR)) {
        mvc.perform(get("/admin/access-log").with(user(TestUsers.withRole(role))))
            .andExpect(status().isForbidden());
      }
    }
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(user(admin())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static OpenCscUser admin() {
    return TestUsers.withRole(Roles.ADMINISTRATOR);
  }

  /** Runs an access-log write as the login {@code username} (a social worker). */
  private static void as(String username, Runnable write) {
    OpenCscUser login = TestUsers.scoped(Roles.SOCIAL_WORKER, "W1", null, null, username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(login, null, login.getAuthorities()));
    try {
      write.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
