package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.generator.CouncilSimulation;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorService;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.TestCouncil;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import picocli.CommandLine;

/** The {@code generate} command through picocli, on the hand-built council, no database. */
class GenerateCommandTest {

  @TempDir Path dir;

  private final AtomicReference<GeneratorSettings> asked = new AtomicReference<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine commandLine() {
    var beans = new DefaultListableBeanFactory();
    CouncilSimulation simulation =
        settings -> {
          asked.set(settings);
          return TestCouncil.standard();
        };
    var service = new GeneratorService(beans.getBeanProvider(MigratedDatabase.class));
    var command = new GenerateCommand(service, simulation);
    return new CommandLine(command)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
  }

  @Test
  void generateSmallOutWritesTheReturnsAndPrintsOneLine() {
    int exit = commandLine().execute("--size", "small", "--out", dir.toString());

    assertThat(exit).isZero();
    assertThat(asked.get())
        .isEqualTo(new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT));
    assertThat(dir.resolve("ssda903/episodes.csv")).exists();
    assertThat(dir.resolve("cin/cin_census.xml")).exists();
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(out.toString())
        .startsWith("generated 6 children; SSDA903 4 children (header 4, episodes 4,")
        .contains("CIN census 3 children; SSD 6 persons, 3 involvements;");
    assertThat(dir.resolve("ssd/ssd_involvements.csv")).exists();
  }

  @Test
  void sizeSeedAndExtractDateReachTheSimulation() throws Exception {
    int exit =
        commandLine()
            .execute(
                "--size", "large", "--seed", "7", "--as-at", "2025-06-30", "--out", dir.toString());

    assertThat(exit).isZero();
    assertThat(asked.get())
        .isEqualTo(
            new GeneratorSettings(CouncilSize.LARGE, 7, java.time.LocalDate.of(2025, 6, 30)));
    // as at 30/06/2025 the returns are those of 2024-25: C001's referral was open, C002 not yet
    assertThat(Files.readString(dir.resolve("cin/cin_census.xml")))
        .contains("<ReferenceDate>2025-03-31</ReferenceDate>")
        .contains("<LAchildID>C001</LAchildID>")
        .doesNotContain("<LAchildID>C002</LAchildID>");
  }

  @Test
  void withoutOutOrLoadItIsAUsageError() {
    assertThat(commandLine().execute("--size", "small")).isEqualTo(2);
    assertThat(err.toString()).contains("give --out DIR, --load, or both");
    assertThat(asked.get()).isNull();
  }

  @Test
  void anUnknownSizeIsAUsageError() {
    assertThat(commandLine().execute("--size", "huge", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--size must be small, large, benchmark or national");
  }
}
