package org.opencsc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.OpenCscApplication;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start on an empty database: the demo council is generated and loaded, the demo logins
 * work, the structure page shows the generated council with counts that agree with SQL, and the
 * example improvement plan is there. A second start changes nothing.
 */
class DemoCouncilIT {

  private final String url = TestDatabase.createEmptyDatabase("demo");
  private final JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource(url));

  @Test
  void firstStartFillsAnEmptyDatabaseAndTheStructurePageAgreesWithSql() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      assertThat(
              jdbc.sql("select source from snapshot where status = 'served'")
                  .query(String.class)
                  .list())
          .containsExactly("generator size=small seed=1");
      assertThat(
              jdbc.sql("select username from app_user order by username")
                  .query(String.class)
                  .list())
          .containsExactly("admin", "analyst", "board", "director", "head", "manager", "worker");

      Browser director = new Browser(port(app));
      director.logIn("director", "opencsc-demo");
      Document structure = director.page("/structure");
      Map<String, Long> shown = counts(structure, "service-area-");
      assertThat(shown).hasSize(6).isEqualTo(allocatedBy("t.service_area_id"));
      assertThat(shown.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(200);

      String busiest =
          shown.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      Document area = director.page("/service-areas/" + busiest);
      Map<String, Long> teams = counts(area, "team-");
      assertThat(teams).isEqualTo(allocatedByTeamIn(busiest));

      Browser worker = new Browser(port(app));
      worker.logIn("worker", "opencsc-demo");
      assertThat(worker.page("/structure").select("h1").text()).isNotBlank();

      // the example improvement plan: its actions are the demo logins', one of them overdue
      assertThat(
              jdbc.sql("select owner from improvement_action order by owner")
                  .query(String.class)
                  .list())
          .containsExactly("analyst", "director", "head", "manager");
      Browser head = new Browser(port(app));
      head.logIn("head", "opencsc-demo");
      assertThat(head.page("/my-work").select("#my-actions").text())
          .contains("Screen every contact within one working day", "Overdue");
      assertThat(director.page("/").select("#improvement-panel").text())
          .contains("1 overdue and 1 at risk");
    }
    try (ConfigurableApplicationContext again = start()) {
      assertThat(jdbc.sql("select count(*) from snapshot").query(Long.class).single()).isOne();
      assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(7);
      assertThat(jdbc.sql("select count(*) from improvement_action").query(Long.class).single())
          .isEqualTo(4);
    }
  }

  private ConfigurableApplicationContext start() {
    // command-line arguments, so that they win over the test profile's opencsc.demo.enabled=false
    return new SpringApplicationBuilder(OpenCscApplication.class)
        .profiles("test")
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--opencsc.demo.enabled=true");
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  private Map<String, Long> allocatedBy(String column) {
    return jdbc
        .sql(ALLOCATED.formatted(column, "true"))
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Map<String, Long> allocatedByTeamIn(String serviceArea) {
    return jdbc
        .sql(ALLOCATED.formatted("a.team_id", "t.service_area_id = :area"))
        .param("area", serviceArea)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, Long> counts(Document page, String rowIdPrefix) {
    return page.select("tr[id^=" + rowIdPrefix + "]").stream()
        .collect(
            Collectors.toMap(
                row -> row.id().substring(rowIdPrefix.length()),
                row -> Long.parseLong(row.select("td.govuk-table__cell--numeric").text())));
  }

  /** Children allocated on the served date, counted independently of the page's own SQL. */
  private static final String ALLOCATED =
      """
      select %s, count(distinct a.child_id)
        from current_snapshot cs
        join snapshot s using (snapshot_id)
        join allocation a using (snapshot_id)
        join team t using (snapshot_id, team_id)
       where daterange(a.start_date, a.end_date, '[)') @> s.as_at and %s
       group by 1
      """;

  /** A browser's worth of HTTP: cookies, the sign-in form and its CSRF token. */
  private static final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base;

    Browser(int port) {
      this.base = "http://localhost:" + port;
    }

    void logIn(String username, String password) throws IOException, InterruptedException {
      String csrf = page("/login").select("input[name=_csrf]").attr("value");
      String form =
          "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.uri().getPath()).isNotEqualTo("/login");
    }

    Document page(String path) throws IOException, InterruptedException {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return Jsoup.parse(response.body());
    }

    private static String enc(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
