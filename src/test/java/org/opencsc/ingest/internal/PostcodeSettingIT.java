package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestService;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The setting {@code opencsc.validation.postcodes} reaches a run given no postcode file of its own.
 * It names a file without the ONS Postcode Directory's columns, so the run stops before it starts
 * (and records nothing in the shared database), saying so.
 */
@OpenCscIT
class PostcodeSettingIT {

  private static final Path WORK = temporaryFolder();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry properties) {
    properties.add("opencsc.ingest.drop-folder", () -> WORK.resolve("drop").toString());
    properties.add("opencsc.validation.postcodes", () -> WORK.resolve("postcodes.csv").toString());
  }

  @Autowired IngestService ingest;

  @Test
  void aValidationWithoutAFileOfItsOwnUsesTheSetting() {
    assertThatThrownBy(
            () -> ingest.validate(WORK.resolve("drop"), "cli", "tester", IngestProgress.NONE))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(
            "the postcode file " + WORK.resolve("postcodes.csv") + " has no column oslaua");
  }

  private static Path temporaryFolder() {
    try {
      Path work = Files.createTempDirectory("opencsc-postcode-setting");
      Files.writeString(
          work.resolve("postcodes.csv"), "pcds,oseast1m,osnrth1m\r\nZZ1 1AA,1000,2000\r\n");
      Path drop = Files.createDirectories(work.resolve("drop"));
      Files.writeString(
          drop.resolve("header.csv"),
          "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n");
      return work;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
