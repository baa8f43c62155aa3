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
 * The setting {@code opencsc.validation.providers} reaches a run given no provider file of its own.
 * It names a file without the provider codes, so the run stops before it starts (and records
 * nothing in the shared database), saying so.
 */
@OpenCscIT
class ProviderSettingIT {

  private static final Path WORK = temporaryFolder();

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry properties) {
    properties.add("opencsc.ingest.drop-folder", () -> WORK.resolve("drop").toString());
    properties.add("opencsc.validation.providers", () -> WORK.resolve("providers.csv").toString());
  }

  @Autowired IngestService ingest;

  @Test
  void aValidationWithoutAFileOfItsOwnUsesTheSetting() {
    assertThatThrownBy(
            () -> ingest.validate(WORK.resolve("drop"), "cli", "tester", IngestProgress.NONE))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(
            "the provider file " + WORK.resolve("providers.csv") + " has no column PROVIDER_CODES");
  }

  private static Path temporaryFolder() {
    try {
      Path work = Files.createTempDirectory("opencsc-provider-setting");
      Files.writeString(
          work.resolve("providers.csv"),
          "URN,PLACE_CODES,POSTCODE,REG_END\r\nSC000001,K2,ZZ1 1AB,\r\n");
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
