package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.IngestException;
import org.opencsc.validation.ssda903.Postcodes;

/** Made-up postcodes in the ONS Postcode Directory's columns (never real ONSPD rows). */
class PostcodeDirectoryTest {

  private static final String HEADER = "pcd,pcds,doterm,oscty,oslaua,oseast1m,osnrth1m,ctry\n";

  @Test
  void eachSectorIsAtTheMeanOfItsLivePostcodesInTheAuthorityMostAreIn() {
    Postcodes postcodes =
        PostcodeDirectory.read(
            "test.csv",
            new StringReader(
                HEADER
                    + "ZZ1 1AA,ZZ1 1AA,,E99999999,E06000901,1000,2000,E92000001\n"
                    + "ZZ1 1AB,ZZ1 1AB,,E99999999,E06000901,3000,4000,E92000001\n"
                    + "ZZ1 1AD,ZZ1 1AD,,E99999999,E06000902,5000,6000,E92000001\n"
                    // terminated: left out
                    + "ZZ1 1AE,ZZ1 1AE,202001,E99999999,E06000902,90000,90000,E92000001\n"
                    // no grid reference: left out
                    + "ZZ1 1AF,ZZ1 1AF,,E99999999,E06000902,,,E92000001\n"
                    // a two-tier area: the county is the authority
                    + "ZZ2 3AA,ZZ2 3AA,,E10000901,E07000901,7000,8000,E92000001\n"),
            "E06000901");
    assertThat(postcodes.sectors())
        .containsOnlyKeys("ZZ11", "ZZ23")
        .containsEntry("ZZ11", new Postcodes.Sector(3000, 4000, "E06000901"))
        .containsEntry("ZZ23", new Postcodes.Sector(7000, 8000, "E10000901"));
    assertThat(postcodes.councilCode()).isEqualTo("E06000901");
  }

  @Test
  void aFileWithoutTheDirectorysColumnsCannotBeUsed() {
    assertThatThrownBy(
            () ->
                PostcodeDirectory.read(
                    "test.csv", new StringReader("postcode,easting,northing\nZZ1 1AA,1,2\n"), null))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("has no column pcds");
  }
}
