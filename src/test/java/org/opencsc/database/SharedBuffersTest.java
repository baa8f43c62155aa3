package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedBuffersTest {

  private static final long GIB = 1024L * 1024 * 1024;

  @Test
  void autoIsAQuarterOfTheMachinesMemoryFrom128MbTo8Gb() {
    assertThat(SharedBuffers.setting("auto", 24 * GIB)).isEqualTo("6144MB");
    assertThat(SharedBuffers.setting(" AUTO ", 16 * GIB)).isEqualTo("4096MB");
    assertThat(SharedBuffers.setting("auto", GIB / 4))
        .as("a quarter would be 64 MB")
        .isEqualTo("128MB");
    assertThat(SharedBuffers.setting("auto", 64 * GIB))
        .as("a quarter would be 16 GB")
        .isEqualTo("8192MB");
  }

  @Test
  void aSizeGivenIsPassedOnAsWritten() {
    assertThat(SharedBuffers.setting("256MB", 24 * GIB)).isEqualTo("256MB");
    assertThat(SharedBuffers.setting(" 4GB", 24 * GIB)).isEqualTo("4GB");
  }
}
