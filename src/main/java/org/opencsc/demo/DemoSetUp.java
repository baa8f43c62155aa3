package org.opencsc.demo;

import java.util.Locale;
import org.opencsc.database.SqlFile;
import org.opencsc.generator.CouncilLoaded;
import org.opencsc.generator.CouncilSimulation;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorService;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start-up of the web application: if the database serves no snapshot yet, generates and loads
 * the demo council; if there are no logins yet, creates the demo logins. Does nothing when {@code
 * opencsc.demo.enabled=false}, and never touches a database that already has data or logins.
 */
@Component
@ConditionalOnWebApplication
class DemoSetUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSetUp.class);

  private final DemoProperties properties;
  private final CouncilSimulation simulation;
  private final GeneratorService generator;
  private final UserAccounts accounts;
  private final JdbcClient jdbc;
  private final DemoPlan demoPlan;

  DemoSetUp(
      DemoProperties properties,
      CouncilSimulation simulation,
      GeneratorService generator,
      UserAccounts accounts,
      JdbcClient jdbc,
      DemoPlan demoPlan) {
    this.properties = properties;
    this.simulation = simulation;
    this.generator = generator;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.demoPlan = demoPlan;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.enabled()) {
      return;
    }
    if (!hasServedSnapshot()) {
      loadCouncil();
    }
    if (accounts.count() == 0) {
      createLogins();
    }
  }

  private boolean hasServedSnapshot() {
    return jdbc.sql(sql("has_served_snapshot.sql")).query(Boolean.class).single();
  }

  private void loadCouncil() {
    GeneratorSettings settings =
        new GeneratorSettings(
            CouncilSize.valueOf(properties.size().toUpperCase(Locale.ROOT)),
            properties.seed(),
            GeneratorSettings.DEFAULT_AS_AT);
    log.info(
        "Empty database: generating the demo council (size {}, seed {})",
        settings.size(),
        settings.seed());
    CouncilLoaded loaded = generator.load(simulation.simulate(settings), settings);
    log.info(
        "Demo council loaded: {} children, {} rows in {} ms",
        loaded.children(),
        loaded.totalRows(),
        loaded.took().toMillis());
  }

  private void createLogins() {
    DemoPeople people =
        jdbc.sql(sql("demo_people.sql"))
            .query(DemoPeople.class)
            .optional()
            .orElseThrow(
                () -> new IllegalStateException("The demo council has no allocated children"));
    String pw = properties.password();
    accounts.createOrUpdate(
        "director", pw, "Director of Children's Services", Roles.DIRECTOR, null, null, null);
    accounts.createOrUpdate(
        "analyst", pw, "Performance analyst", Roles.PERFORMANCE_ANALYST, null, null, null);
    accounts.createOrUpdate(
        "head", pw, "Head of service", Roles.HEAD_OF_SERVICE, null, null, people.serviceAreaId());
    accounts.createOrUpdate(
        "manager",
        pw,
        people.managerName() != null ? people.managerName() : "Team manager",
        Roles.TEAM_MANAGER,
        people.managerId(),
        people.teamId(),
        people.serviceAreaId());
    accounts.createOrUpdate(
        "worker",
        pw,
        people.workerName(),
        Roles.SOCIAL_WORKER,
        people.workerId(),
        people.teamId(),
        people.serviceAreaId());
    accounts.createOrUpdate(
        "board", pw, "Improvement board member", Roles.BOARD_MEMBER, null, null, null);
    accounts.createOrUpdate("admin", pw, "Administrator", Roles.ADMINISTRATOR, null, null, null);
    log.info(
        "Demo logins created (director, analyst, head, manager, worker, board, admin); "
            + "password as set in opencsc.demo.password");
    // the logins own its actions, so the example plan comes with them, on the same first start
    demoPlan.create(people.serviceAreaId());
    log.info("Demo improvement plan created: one inspection, one meeting, four actions");
  }

  private static String sql(String name) {
    return SqlFile.load(DemoSetUp.class, "sql/" + name);
  }
}
