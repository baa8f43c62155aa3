package org.opencsc.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostcodesTest {

  private static Ssda903Row episode(String home, String placement) {
    return new Ssda903Row(
        "Episodes", 2, Map.of("HOME_POST", 0, "PL_POST", 1), new String[] {home, placement});
  }

  @Test
  void aPostcodeIsKnownByItsSectorWrittenAnyWay() {
    assertThat(Postcodes.key("zz1 1aa")).isEqualTo("ZZ11");
    assertThat(Postcodes.key("ZZ1  1")).isEqualTo("ZZ11");
    assertThat(Postcodes.key("ZZ12 3")).isEqualTo("ZZ123");
    assertThat(Ssda903Fixture.testPostcodes().known("zz1 2")).isTrue();
    assertThat(Ssda903Fixture.testPostcodes().known("ZZ1 3")).isFalse();
    assertThat(Ssda903Fixture.testPostcodes().known("")).isFalse();
  }

  @Test
  void theDistanceIsInMilesToOneDecimalPlace() {
    Postcodes postcodes = Ssda903Fixture.testPostcodes();
    // 16,093 m east: 16.093 km / 1.6093 = 10.0 miles
    assertThat(postcodes.distance(episode("ZZ1 1", "ZZ1 2"))).isEqualTo(10.0);
    // 600 km north: 372.83 miles
    assertThat(postcodes.distance(episode("ZZ1 1", "ZZ9 9"))).isEqualTo(372.8);
    assertThat(postcodes.distance(episode("", "ZZ9 9"))).isNull();
    assertThat(postcodes.distance(episode("ZZ7 7", "ZZ9 9"))).isNull();
  }

  @Test
  void thePlacementsAuthorityAndWhetherItIsTheCouncils() {
    Postcodes postcodes = Ssda903Fixture.testPostcodes();
    assertThat(postcodes.placementAuthority(episode("", "ZZ9 9"))).isEqualTo("E06000902");
    assertThat(postcodes.location(episode("", "ZZ1 2"))).isEqualTo("IN");
    assertThat(postcodes.location(episode("", "ZZ9 9"))).isEqualTo("OUT");
    assertThat(postcodes.location(episode("", "ZZ7 7"))).isNull();
    Postcodes noCouncil = new Postcodes(postcodes.sectors(), null);
    assertThat(noCouncil.location(episode("", "ZZ1 2"))).isNull();
  }
}
