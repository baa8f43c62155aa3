package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestService;
import org.opencsc.testsupport.OpenCscIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The setting {@code opencsc.ingest.previous-folder} reaches the runs that are given no folder of
 * last year's: a validation and the nightly refresh. It names a folder that is not there, so each
 * run stops before it starts (and records nothing in the shared database), saying so.
 */
@OpenCscIT
@ExtendWith(OutputCaptureExtension.class)
class PreviousFolderSettingIT {

  private static final Path WORK = temporaryFolder();
  private static final Path DROP = WORK.resolve("drop");
  private static final Path MISSING = WORK.resolve("last-year-not-here");

  @DynamicPropertySource
  static void folders(DynamicPropertyRegistry properties) {
    properties.add("opencsc.ingest.drop-folder", DROP::toString);
    properties.add("opencsc.ingest.previous-folder", MISSING::toString);
  }

  @Autowired IngestService ingest;
  @Autowired NightlyRefresh nightly;

  @Test
  void aValidationWithoutAFolderOfItsOwnUsesTheSetting() {
    assertThatThrownBy(() -> ingest.validate(DROP, "cli", "tester", IngestProgress.NONE))
        .isInstanceOf(IngestException.class)
        .hasMessage("last year's folder " + MISSING + " is not a folder");
  }

  @Test
  void theNightlyRefreshUsesTheSetting(CapturedOutput output) {
    nightly.run();

    assertThat(output.getOut())
        .contains("Nightly refresh not run: last year's folder " + MISSING + " is not a folder");
  }

  private static Path temporaryFolder() {
    try {
      Path work = Files.createTempDirectory("opencsc-previous-setting");
      Files.createDirectories(work.resolve("drop"));
      Files.writeString(
          work.resolve("drop/header.csv"),
          "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n");
      return work;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
