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
 * @param sharedBuffers PostgreSQL's own cache of table and index pages ({@code shared_buffers}): a
 *     size as PostgreSQL writes it ({@code 256MB}, the default, holds a council of up to about
 *     30,000 children whole; {@code 4GB} England's volume), or {@code auto} for a quarter of the
 *     machine's memory from 128 MB to 8 GB ({@link SharedBuffers})
 */
@ConfigurationProperties("opencsc.database")
public record DatabaseProperties(
    @DefaultValue("data/postgres") Path dataDir,
    @DefaultValue("0") int port,
    @DefaultValue("false") boolean throwaway,
    @DefaultValue("256MB") String sharedBuffers) {

  public DatabaseProperties {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(sharedBuffers, "sharedBuffers");
  }
}
