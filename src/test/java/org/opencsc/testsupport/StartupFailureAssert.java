package org.opencsc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

/** What a person sees when OpenCSC cannot start: one clear line on stderr, no stack trace. */
public final class StartupFailureAssert {

  private static final String PREFIX = "opencsc: could not start: ";

  private StartupFailureAssert() {}

  /**
   * Waits for the process to fail and checks that it exits non-zero, that standard error ends with
   * one line {@code opencsc: could not start: …} containing every one of {@code words} and no
   * exception class name, and that no stack trace reaches standard output or error. Returns that
   * line.
   */
  public static String assertFailsWithOneLine(
      OpenCscProcess app, Duration timeout, String... words) {
    int exit = app.waitForExit(timeout);
    String stderr = app.stderr();
    String stdout = app.stdout();
    List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
    assertThat(exit).as("exit code; stderr:%n%s", stderr).isNotZero();
    assertThat(lines).as("standard error").isNotEmpty();
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith(PREFIX).contains(words).doesNotContain("Exception");
    assertThat(lines.stream().filter(l -> l.startsWith(PREFIX))).hasSize(1);
    assertThat(stackTraceLines(stdout)).as("stack trace on standard output").isEmpty();
    assertThat(stackTraceLines(stderr)).as("stack trace on standard error").isEmpty();
    return last;
  }

  private static List<String> stackTraceLines(String output) {
    return output
        .lines()
        .filter(l -> l.matches("\\s+at [a-zA-Z_$][\\w$.]*\\(.*") || l.startsWith("Caused by: "))
        .toList();
  }
}
