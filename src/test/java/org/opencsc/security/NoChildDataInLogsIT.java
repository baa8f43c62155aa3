package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencsc.testsupport.TestDatabase;
import org.opencsc.testsupport.TestUsers;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No child's data reaches the application log (issue 5), on the paths that handle it: an import
 * whose file has bad rows (their child IDs and values become findings, in the database), a child's
 * page, a child's page that fails on the database (a 500, logged with its stack trace), and an
 * import the database refuses (logged with its stack trace, its message in the load history). The
 * log is read as the console gets it at INFO, the level a council runs at (the test profile's
 * console shows WARN and above; the first context of the test JVM set it up, so this test lowers
 * the console's threshold itself while it runs).
 *
 * <p>Each of those errors is one PostgreSQL would describe with the row it refused ({@code Failing
 * row contains (…, LOGCHILD4, M, 2013-07-29, …)}), which the JDBC driver puts into the exception's
 * message unless {@code logServerErrorDetail} is off. The database is this test's own (it imports
 * and adds constraints), reached as an external database through {@code spring.datasource.url}.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NoChildDataInLogsIT {

  private static final Path DROP_FOLDER = temporaryFolder();
  private static final String ADMIN = "log-test-administrator";

  /**
   * What must never be in the log: every child ID here starts with LOGCHILD; LOGCHILD1's UPN and
   * date of birth in both the file's and the database's form.
   */
  private static final List<String> CHILD_DATA =
      List.of("LOGCHILD", "A987654321098", "29/07/2013", "2013-07-29");

  /**
   * LOGCHILD1 is loaded. LOGCHILD2 is there twice (a duplicate key: kept out, a finding), LOGCHILD3
   * has a sex and a date of birth that are not valid (kept out, findings).
   */
  private static final List<String> HEADER =
      List.of(
          "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
          "LOGCHILD1,M,29/07/2013,WBRI,A987654321098,,",
          "LOGCHILD2,F,29/07/2013,WBRI,UN1,,",
          "LOGCHILD2,F,29/07/2013,WBRI,UN1,,",
          "LOGCHILD3,Q,31/02/2013,WBRI,UN1,,");

  @DynamicPropertySource
  static void ownDatabaseAndDropFolder(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", Database::url);
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("opencsc.ingest.drop-folder", DROP_FOLDER::toString);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Autowired Environment environment;

  @BeforeEach
  void consoleAtInfo() {
    consoleThreshold("INFO");
  }

  @AfterEach
  void consoleAsConfigured() {
    consoleThreshold(environment.getProperty("logging.threshold.console", "TRACE"));
  }

  @Test
  void noChildIdUpnOrDateOfBirthIsLogged(CapturedOutput output) throws Exception {
    write(HEADER);
    assertThat(refresh()).isEqualTo("loaded");
    assertThat(
            // (notes about the whole return, such as rules that did not run, name no child)
            jdbc.sql(
                    "select distinct child_id from ingest_finding where child_id is not null"
                        + " order by 1")
                .query(String.class)
                .list())
        .as("the bad rows were read and reported (the DfE's rules may report LOGCHILD1 too)")
        .contains("LOGCHILD2", "LOGCHILD3");

    mvc.perform(get("/children/LOGCHILD1").with(admin())).andExpect(status().isOk());

    // the access log refuses to record the view: the page fails with a 500
    jdbc.sql("alter table access_log add constraint no_views check (child_id is null) not valid")
        .update();
    try {
      mvc.perform(get("/children/LOGCHILD1").with(admin()))
          .andExpect(status().isInternalServerError());
    } finally {
      jdbc.sql("alter table access_log drop constraint no_views").update();
    }

    // the database refuses a new child of the next import: the import fails, nothing changes
    jdbc.sql("alter table child add constraint refuse_one check (child_id <> 'LOGCHILD4')")
        .update();
    try {
      write(append(HEADER, "LOGCHILD4,M,29/07/2013,WBRI,UN1,,"));
      assertThat(refresh()).isEqualTo("failed");
    } finally {
      jdbc.sql("alter table child drop constraint refuse_one").update();
    }

    assertThat(output.getOut())
        .as("the failures were logged")
        .contains("Refresh run 1 started by", "Request failed", "Ingest run 2 failed");
    for (String value : CHILD_DATA) {
      assertThat(output.getOut()).as("the log").doesNotContain(value);
    }
    assertThat(
            jdbc.sql("select message from ingest_run where outcome = 'failed'")
                .query(String.class)
                .single())
        .as("the failed run's message, which the nightly refresh logs")
        .doesNotContain(CHILD_DATA);
  }

  /** Sets the threshold of Boot's console appender. */
  private static void consoleThreshold(String level) {
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    Appender<ILoggingEvent> console =
        logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    assertThat(console).as("Boot's console appender").isNotNull();
    ThresholdFilter threshold =
        console.getCopyOfAttachedFiltersList().stream()
            .filter(ThresholdFilter.class::isInstance)
            .map(ThresholdFilter.class::cast)
            .findFirst()
            .orElseThrow();
    threshold.setLevel(level);
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
    return user(TestUsers.scoped(Roles.ADMINISTRATOR, null, null, null, ADMIN));
  }

  /** "Refresh now", as an administrator; the outcome once the import has ended. */
  private String refresh() throws Exception {
    long before = jdbc.sql("select count(*) from ingest_run").query(Long.class).single();
    mvc.perform(post("/loads").with(admin()).with(csrf())).andExpect(redirectedUrl("/loads"));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> outcome =
          jdbc.sql(
                  "select outcome from ingest_run where outcome <> 'running'"
                      + " order by run_id offset :before")
              .param("before", before)
              .query(String.class)
              .optional();
      if (outcome.isPresent()) {
        return outcome.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the refresh had not ended after a minute");
  }

  private static void write(List<String> lines) throws IOException {
    Files.write(DROP_FOLDER.resolve("header.csv"), lines, StandardCharsets.UTF_8);
  }

  private static List<String> append(List<String> lines, String line) {
    return java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(line))
        .toList();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("opencsc-drop-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This test's own empty database on the shared server, made when the context first asks. */
  private static final class Database {
    private static String url;

    static synchronized String url() {
      if (url == null) {
        url = TestDatabase.createEmptyDatabase("logs");
      }
      return url;
    }
  }
}
