package org.opencsc.testsupport;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.opencsc.OpenCscApplication;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.generator.CouncilGenerator;
import org.opencsc.generator.GeneratorService;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.model.SyntheticCouncil;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The starting point of a round trip: a synthetic council generated into a new migrated database
 * (loaded directly as a snapshot, the way {@code generate --load} does) and written out as the
 * files it exports, so that a test can import the files and compare with what was loaded.
 *
 * @param snapshotId the snapshot the generator loaded
 * @param model the generator's council, to compare an import with record by record
 */
public record GeneratedCouncil(
    DataSource dataSource, JdbcClient jdbc, long snapshotId, SyntheticCouncil model) {

  /** Generates the council of {@code settings} into database {@code name} and files under dir. */
  public static GeneratedCouncil loadAndWrite(String name, GeneratorSettings settings, Path dir) {
    DataSource dataSource = TestDatabase.dataSource(TestDatabase.createMigratedDatabase(name));
    GeneratorService generator = generator(dataSource);
    SyntheticCouncil council = CouncilGenerator.generate(settings);
    long snapshotId = generator.load(council, settings).snapshotId();
    generator.writeReturns(council, settings, dir);
    return new GeneratedCouncil(dataSource, JdbcClient.create(dataSource), snapshotId, council);
  }

  /**
   * Generates the council of {@code settings} into a new migrated database {@code name}, served as
   * its snapshot, for a test that starts the application on it; returns the database's URL.
   */
  public static String load(String name, GeneratorSettings settings) {
    String url = TestDatabase.createMigratedDatabase(name);
    generator(TestDatabase.dataSource(url)).load(CouncilGenerator.generate(settings), settings);
    return url;
  }

  /**
   * The application without its web server (lazily, as the command line starts it) on a database
   * {@link #load} filled, with any further {@code properties}.
   */
  public static ConfigurableApplicationContext application(String url, String... properties) {
    return new SpringApplicationBuilder(OpenCscApplication.class)
        .web(WebApplicationType.NONE)
        .lazyInitialization(true)
        .profiles("test")
        .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres")
        .properties(properties)
        .run();
  }

  private static GeneratorService generator(DataSource dataSource) {
    var beans = new DefaultListableBeanFactory();
    beans.registerSingleton("database", new MigratedDatabase(dataSource));
    return new GeneratorService(beans.getBeanProvider(MigratedDatabase.class));
  }
}
