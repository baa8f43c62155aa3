package org.opencsc;

import org.opencsc.cli.CommandLineLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * OpenCSC: performance and improvement platform for children's social care.
 *
 * <p>With no arguments it serves the web application; with a command ({@code generate}, …) it runs
 * that command and exits. A start-up failure ends in one clear line on standard error and a
 * non-zero exit code, the details going to the log file.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenCscApplication {

  public static void main(String[] args) {
    int exit = CommandLineLauncher.launch(OpenCscApplication.class, args);
    if (exit != CommandLineLauncher.KEEP_RUNNING) {
      System.exit(exit);
    }
  }
}
