package org.opencsc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Flyway migrations on the classpath ({@code db/migration/V<version>__<name>.sql}). */
public final class Migrations {

  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

  private Migrations() {}

  /** Every migration's version, oldest first. */
  public static List<MigrationVersion> versions() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
      return Arrays.stream(files)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(VERSIONED::matcher)
          .filter(Matcher::matches)
          .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
