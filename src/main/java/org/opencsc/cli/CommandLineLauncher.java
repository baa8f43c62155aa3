package org.opencsc.cli;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Starts OpenCSC as a web server (no arguments, or only {@code --property=value} options) or runs
 * one command ({@code generate …}) in a context without a web server.
 */
public final class CommandLineLauncher {

  /** Returned when the web server is up and the JVM must keep running. */
  public static final int KEEP_RUNNING = -1;

  private CommandLineLauncher() {}

  public static int launch(Class<?> application, String[] args) {
    boolean serve = args.length == 0 || args[0].startsWith("-");
    try {
      if (serve) {
        new SpringApplicationBuilder(application).run(args);
        return KEEP_RUNNING;
      }
      return runCommand(application, args);
    } catch (RuntimeException | Error e) {
      System.err.println("opencsc: could not start: " + StartupFailure.describe(e));
      return 2;
    }
  }

  private static int runCommand(Class<?> application, String[] args) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .lazyInitialization(true)
            .logStartupInfo(false)
            .properties(Map.of("logging.threshold.console", "WARN"))
            .run()) {
      CommandLine cli = new CommandLine(new Root());
      context.getBeansOfType(CliCommand.class).values().forEach(cli::addSubcommand);
      cli.setExecutionExceptionHandler(
          (e, commandLine, parseResult) -> {
            commandLine.getErr().println("opencsc: " + StartupFailure.describe(e));
            return 2;
          });
      cli.setExitCodeExceptionMapper(e -> 2);
      return cli.execute(args);
    }
  }

  @Command(
      name = "opencsc",
      mixinStandardHelpOptions = true,
      description =
          "OpenCSC command line. With no command, java -jar opencsc.jar serves the web app.")
  static final class Root {}
}
