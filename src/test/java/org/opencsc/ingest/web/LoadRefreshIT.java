package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Refresh now": an administrator's POST starts an import of the drop folder in the background and
 * the history says so. The drop folder is an empty temporary folder, so a refresh has nothing to
 * load. Not rolled back (the refresh commits on its own thread): each test removes the runs it
 * made.
 */
@OpenCscIT
@AutoConfigureMockMvc
class LoadRefreshIT {

  private static final Path DROP_FOLDER = temporaryFolder();
  private static final String ADMIN = "test-administrator";

  @DynamicPropertySource
  static void dropFolder(DynamicPropertyRegistry properties) {
    properties.add("opencsc.ingest.drop-folder", DROP_FOLDER::toString);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @BeforeEach
  @AfterEach
  void noWebRuns() throws IOException {
    Files.createDirectories(DROP_FOLDER);
    jdbc.sql("delete from ingest_run where trigger = 'web' and started_by = :admin")
        .param("admin", ADMIN)
        .update();
  }

  @Test
  void anAdministratorStartsARefreshAndTheHistoryRecordsIt() throws Exception {
    MvcResult result =
        mvc.perform(refresh().with(csrf()))
            .andExpect(redirectedUrl("/loads"))
            .andExpect(flash().attribute("refresh", "loads.refresh.started"))
            .andReturn();

    Document loads = afterRedirect(result);
    assertThat(loads.select(".govuk-notification-banner--success").text())
        .contains("Success", "A refresh has started");
    String outcome = awaitOutcome(Duration.ofSeconds(30));
    assertThat(outcome).isEqualTo("nothing to load");
    long runId =
        jdbc.sql("select run_id from ingest_run where started_by = :admin")
            .param("admin", ADMIN)
            .query(Long.class)
            .single();
    Document run = page("/loads/" + runId);
    assertThat(run.select("#outcome").text()).isEqualTo("Nothing to load");
    assertThat(run.select("#trigger").text()).isEqualTo("Web: " + ADMIN);
    assertThat(run.text()).contains(DROP_FOLDER.toAbsolutePath().toString());
  }

  @Test
  void withoutACsrfTokenNothingStarts() throws Exception {
    mvc.perform(refresh()).andExpect(status().isForbidden());

    Thread.sleep(500);
    assertThat(webRuns()).isZero();
  }

  @Test
  void aMissingDropFolderIsSaidClearly() throws Exception {
    Files.delete(DROP_FOLDER);

    MvcResult result =
        mvc.perform(refresh().with(csrf()))
            .andExpect(redirectedUrl("/loads"))
            .andExpect(flash().attribute("refresh", "loads.refresh.no-folder"))
            .andReturn();

    Document loads = afterRedirect(result);
    assertThat(loads.select(".govuk-notification-banner").text())
        .contains("The refresh did not start", DROP_FOLDER.toString(), "does not exist");
    assertThat(loads.select(".govuk-notification-banner--success")).isEmpty();
    assertThat(webRuns()).isZero();
  }

  @Test
  void whileAnotherRefreshRunsNoSecondOneStarts() throws Exception {
    try (Connection other = dataSource.getConnection();
        Statement lock = other.createStatement()) {
      lock.execute("select pg_advisory_lock(hashtext('opencsc.ingest'))");
      try {
        MvcResult result =
            mvc.perform(refresh().with(csrf()))
                .andExpect(flash().attribute("refresh", "loads.refresh.running"))
                .andReturn();
        assertThat(afterRedirect(result).select(".govuk-notification-banner").text())
            .contains("The refresh did not start", "Another refresh is running");
      } finally {
        lock.execute("select pg_advisory_unlock(hashtext('opencsc.ingest'))");
      }
    }
    assertThat(webRuns()).isZero();
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder refresh() {
    return post("/loads").with(user(TestUsers.withRole(Roles.ADMINISTRATOR)));
  }

  private Document afterRedirect(MvcResult result) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                get("/loads")
                    .flashAttrs(result.getFlashMap())
                    .with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** The outcome of the administrator's run once it has ended. */
  private String awaitOutcome(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> outcome =
          jdbc.sql(
                  "select outcome from ingest_run where started_by = :admin and outcome <> 'running'")
              .param("admin", ADMIN)
              .query(String.class)
              .optional();
      if (outcome.isPresent()) {
        return outcome.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the refresh had not ended after " + timeout);
  }

  private long webRuns() {
    return jdbc.sql("select count(*) from ingest_run where started_by = :admin")
        .param("admin", ADMIN)
        .query(Long.class)
        .single();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("opencsc-drop-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
