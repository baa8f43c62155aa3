package org.opencsc.database;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL (ignored when {@code spring.datasource.url} points at an
 * external one).
 *
 * @param dataDir folder holding the database files; kept across restarts
 * @param port TCP port on 127.0.0.1, 0 for any free port
 * @param throwaway start from an empty database in a temporary folder and delete it on exit (demo,
 *     tests)
 */
@ConfigurationProperties("opencsc.database")
public record DatabaseProperties(
    @DefaultValue("data/postgres") Path dataDir,
    @DefaultValue("0") int port,
    @DefaultValue("false") boolean throwaway) {

  public DatabaseProperties {
    Objects.requireNonNull(dataDir, "dataDir");
  }
}
