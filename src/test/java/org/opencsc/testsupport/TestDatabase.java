package org.opencsc.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One real PostgreSQL 17 per test JVM, started lazily and shared by every integration test. Spring
 * contexts point at it through {@code spring.datasource.url}, exactly as a council points OpenCSC
 * at an external database; tests that need a database of their own get an empty one with {@link
 * #createEmptyDatabase}.
 */
public final class TestDatabase {

  private static final AtomicInteger databases = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
    }
    return server;
  }

  /** A new, empty database on the shared server; returns its JDBC URL. */
  public static String createEmptyDatabase(String prefix) {
    String name = prefix + "_" + databases.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  /** A new database with every migration applied; returns its JDBC URL. */
  public static String createMigratedDatabase(String prefix) {
    String url = createEmptyDatabase(prefix);
    org.flywaydb.core.Flyway.configure()
        .dataSource(dataSource(url))
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return url;
  }

  public static DataSource dataSource(String jdbcUrl) {
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setUrl(jdbcUrl);
    ds.setUser("postgres");
    return ds;
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is ending; nothing left to do
    }
  }

  /** Points a Spring test context at the shared server's database {@code opencsc}. */
  public static final class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      synchronized (Initializer.class) {
        if (url == null) {
          url = createEmptyDatabase("opencsc");
        }
      }
      TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
          context, "spring.datasource.url=" + url, "spring.datasource.username=postgres");
    }
  }
}
