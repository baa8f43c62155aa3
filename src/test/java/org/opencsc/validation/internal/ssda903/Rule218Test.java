package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 218: "Ofsted Unique reference number (URN) is required." */
class Rule218Test {

  private static final String COLUMNS = "CHILD,DECOM,DEC,LS,PLACE,PL_POST,URN";

  /** ZZ1 1 in an English authority, ZZ6 6 in a Welsh one. */
  private static Postcodes postcodes() {
    return new Postcodes(
        Map.of(
            "ZZ11", new Postcodes.Sector(0, 0, "E06000901"),
            "ZZ66", new Postcodes.Sector(0, 10_000, "W06000901")),
        "E06000901");
  }

  @Test
  void aUrnOrAnExemptPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(postcodes())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/01/2025,,C2,K2,ZZ1 1,SC000001",
                "1,01/01/2025,,C2,K2,ZZ1 1,XXXXXXX",
                "1,01/01/2025,,C2,P1,ZZ1 1,",
                "1,01/01/2025,,C2,K2,ZZ6 6,",
                "1,01/01/2025,,V3,K2,ZZ1 1,",
                "1,01/01/2025,31/03/2025,C2,K2,ZZ1 1,");
    assertThat(f.check(new Rule218(), "1")).isEmpty();
  }

  @Test
  void noUrnForAnEnglishPlacementInTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(postcodes())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/01/2025,01/04/2025,C2,K2,ZZ1 1,",
                "1,01/04/2025,,C2,U1,ZZ1 1,");
    List<RuleFinding> found = f.check(new Rule218(), "1");
    assertThat(flagged(found)).containsExactly("Episodes:2:URN", "Episodes:3:URN");
    assertThat(found.get(0).explanation()).contains("Episodes row 2 PL_POST = ZZ1 1");
  }
}
