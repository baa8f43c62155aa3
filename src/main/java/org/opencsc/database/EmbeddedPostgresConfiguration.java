package org.opencsc.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL unless {@code spring.datasource.url} names an external database,
 * and puts a Hikari pool in front of it (zonky's own DataSource opens a backend per connection).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
    boolean throwaway = properties.throwaway();
    DataFolder folder =
        new DataFolder(throwaway ? Files.createTempDirectory("opencsc-pg-") : properties.dataDir());
    folder.ensureWritable();
    if (!throwaway) {
      folder.releaseFromDeadOwner();
    }
    String sharedBuffers = SharedBuffers.setting(properties.sharedBuffers());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(folder.path())
            .setCleanDataDirectory(throwaway)
            .setPort(properties.port())
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "100")
            .setServerConfig("shared_buffers", sharedBuffers)
            .setServerConfig("work_mem", "32MB")
            .setServerConfig("maintenance_work_mem", "256MB")
            // The embedded server is never replicated or archived: with wal_level minimal a
            // snapshot's load tables, created in the loading transaction, are written without WAL.
            .setServerConfig("wal_level", "minimal")
            .setServerConfig("max_wal_senders", "0")
            .setServerConfig("max_wal_size", "4GB")
            // A refresh stages each file in temporary tables: room for them in memory rather than
            // in files (the buffers are taken only as a session fills them).
            .setServerConfig("temp_buffers", "512MB")
            // The server's own log (its output, which zonky logs; logback-spring.xml keeps it at
            // WARN) leaves out an error's DETAIL and CONTEXT, which quote the refused row, and the
            // statement that failed: no child data in the application's log.
            .setServerConfig("log_error_verbosity", "terse")
            .setServerConfig("log_min_error_statement", "panic")
            // Identifiers sort and index by code point: a new cluster uses PostgreSQL's builtin
            // C.UTF-8 collation (full Unicode case mapping for lower() and upper()), several
            // times faster than a language's rules for the keys a refresh sorts and indexes.
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8");
    if (!throwaway) {
      // zonky passes -F (fsync off); data that must survive a power cut needs it back on.
      builder.setServerConfig("fsync", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    log.info(
        "Embedded PostgreSQL started on port {} with data in {}{}, shared_buffers {}",
        postgres.getPort(),
        folder.path(),
        throwaway ? " (throwaway)" : "",
        sharedBuffers);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("opencsc");
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(10);
    // PostgreSQL's error details quote the refused row or key, child IDs and dates of birth among
    // them: kept out of exception messages, so out of the log (as application.yml does for an
    // external database).
    pool.addDataSourceProperty("logServerErrorDetail", "false");
    return pool;
  }
}
