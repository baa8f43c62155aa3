package org.opencsc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged OpenCSC jar ({@code target/opencsc-*.jar}, built by {@code package} before failsafe
 * runs) started with {@code java -jar} in a working folder of its own, as a person would start it.
 * Standard output and error go to {@code stdout.log} and {@code stderr.log} there.
 */
public final class OpenCscProcess implements AutoCloseable {

  private static final List<String> DATABASE_VARIABLES =
      List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");

  private final Process process;
  private final Path workDir;

  private OpenCscProcess(Process process, Path workDir) {
    this.process = process;
    this.workDir = workDir;
  }

  /** Starts the jar in {@code workDir} with these extra environment variables and arguments. */
  public static OpenCscProcess start(Path workDir, Map<String, String> env, String... args) {
    return start("512m", workDir, env, args);
  }

  /** Starts the jar as {@link #start} does, with at most {@code maxHeap} of heap ({@code -Xmx}). */
  public static OpenCscProcess start(
      String maxHeap, Path workDir, Map<String, String> env, String... args) {
    try {
      Files.createDirectories(workDir);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + maxHeap);
      command.add("-jar");
      command.add(jar().toString());
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
      DATABASE_VARIABLES.forEach(builder.environment()::remove);
      builder.environment().putAll(env);
      builder.redirectOutput(workDir.resolve("stdout.log").toFile());
      builder.redirectError(workDir.resolve("stderr.log").toFile());
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      return new OpenCscProcess(builder.start(), workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The executable jar that {@code package} built; found by name, whatever the version. */
  public static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
      List<Path> jars =
          files
              .filter(p -> p.getFileName().toString().matches("opencsc-.*\\.jar"))
              .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
              .toList();
      assertThat(jars).as("the packaged jar in target/ (run mvn verify, not test)").hasSize(1);
      return jars.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TCP port nobody listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the process to end and returns its exit code; fails if it outlives the timeout. */
  public int waitForExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("OpenCSC still running after " + timeout + "\n" + stderr());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code /actuator/health} on this port says UP; fails if the process ends first. */
  public void waitUntilHealthy(int port, Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "OpenCSC exited with " + process.exitValue() + " before it was healthy\n" + stderr());
      }
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(250));
    }
    throw new AssertionError("OpenCSC not healthy after " + timeout + "\n" + stderr());
  }

  /** SIGTERM, as a service manager stops it: graceful shutdown, embedded PostgreSQL stopped. */
  public int stop() {
    process.destroy();
    return waitForExit(Duration.ofSeconds(60));
  }

  /** SIGKILL: the JVM dies at once and leaves its PostgreSQL running. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String stdout() {
    return read("stdout.log");
  }

  public String stderr() {
    return read("stderr.log");
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private String read(String name) {
    try {
      Path file = workDir.resolve(name);
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
