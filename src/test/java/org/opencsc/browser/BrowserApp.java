package org.opencsc.browser;

import java.util.List;
import javax.sql.DataSource;
import org.opencsc.OpenCscApplication;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The application the browser tests drive, started once per test JVM on a random port and a
 * database of its own: a first start with the demo on, as a council would try it, so it generates
 * the `small` demo council (seed 1) and the seven demo logins (password {@link #PASSWORD}). The
 * hand-built load history of {@code load-history.sql} (run 9101 with seven findings) is added for
 * the download scenario.
 */
final class BrowserApp {

  static final String PASSWORD = "opencsc-demo";

  /** The demo logins, one per role. */
  static final List<String> LOGINS =
      List.of("director", "analyst", "head", "manager", "worker", "board", "admin");

  private static BrowserApp app;

  private final ConfigurableApplicationContext context;
  private final String baseUrl;
  private final JdbcClient jdbc;

  private BrowserApp(String databaseUrl) {
    // command-line arguments, so that they win over the test profile's opencsc.demo.enabled=false
    context =
        new SpringApplicationBuilder(OpenCscApplication.class)
            .profiles("test")
            .run(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--opencsc.demo.enabled=true");
    baseUrl =
        "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    DataSource dataSource = TestDatabase.dataSource(databaseUrl);
    new ResourceDatabasePopulator(new ClassPathResource("org/opencsc/ingest/web/load-history.sql"))
        .execute(dataSource);
    jdbc = JdbcClient.create(dataSource);
  }

  static synchronized BrowserApp get() {
    if (app == null) {
      app = new BrowserApp(TestDatabase.createEmptyDatabase("browser"));
      Runtime.getRuntime().addShutdownHook(new Thread(app.context::close));
    }
    return app;
  }

  String url(String path) {
    return baseUrl + path;
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  /** The units and people of the demo council the scenarios open, read from its database. */
  DemoCouncil council() {
    return DemoCouncil.read(jdbc);
  }
}
