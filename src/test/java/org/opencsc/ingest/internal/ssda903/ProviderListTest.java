package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.IngestException;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Providers.Provider;

/** Made-up providers (never real Ofsted rows) in the two sets of headings the file may use. */
class ProviderListTest {

  private static Providers read(String csv) {
    return ProviderList.read("providers.csv", new StringReader(csv), "E06000901", null);
  }

  @Test
  void thePythonValidatorsColumnsAreRead() {
    Providers providers =
        read(
            "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,REG_END,LA_CODE\n"
                + "sc000001,K2/R1,\"PR1,PR4\",ZZ1 1AB,,E06000901\n"
                + "SC000002,U1 U2,PR4,ZZ9 9CD,30/09/2025,\n");
    assertThat(providers.providers())
        .containsEntry(
            "SC000001",
            new Provider(
                "SC000001",
                2,
                Set.of("K2", "R1"),
                Set.of("PR1", "PR4"),
                "ZZ1 1AB",
                null,
                "E06000901"))
        .containsEntry(
            "SC000002",
            new Provider(
                "SC000002",
                3,
                Set.of("U1", "U2"),
                Set.of("PR4"),
                "ZZ9 9CD",
                LocalDate.of(2025, 9, 30),
                null));
    assertThat(providers.councilCode()).isEqualTo("E06000901");
  }

  @Test
  void ofstedsHeadingsAreReadAndTheAuthorityComesFromThePostcodeWhenNotGiven() {
    Postcodes postcodes =
        new Postcodes(Map.of("ZZ99", new Postcodes.Sector(0, 0, "E06000902")), null);
    Providers providers =
        ProviderList.read(
            "providers.csv",
            new StringReader(
                "\uFEFFURN,Provider type,Local authority,Setting address postcode,Placement code,"
                    + "Placement provider code,Registration date,Deregistration date\n"
                    + "SC000002,Independent fostering agency,Somewhere,ZZ9 9CD,U1,PR4,"
                    + "01/01/2020,2025-09-30\n"),
            null,
            postcodes);
    Provider provider = providers.providers().get("SC000002");
    assertThat(provider.placements()).containsExactly("U1");
    assertThat(provider.registrationEnd()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(provider.authority()).isEqualTo("E06000902");
  }

  @Test
  void aFileWithoutAColumnNamesIt() {
    assertThatThrownBy(() -> read("URN,PLACE_CODES,POSTCODE,REG_END\nSC000001,K2,ZZ1 1AB,\n"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("providers.csv has no column PROVIDER_CODES");
  }

  @Test
  void aBadRowNamesTheFileTheRowAndTheField() {
    String header = "URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,REG_END\n";
    assertThatThrownBy(() -> read(header + "SC000001,K2,PR1,ZZ1 1AB,31/02/2025\n"))
        .isInstanceOf(IngestException.class)
        .hasMessage(
            "the provider file providers.csv row 2 REG_END: '31/02/2025' is not a date"
                + " (dd/mm/yyyy or yyyy-mm-dd)");
    assertThatThrownBy(() -> read(header + "SC000001,K2,PR1,,\n,K2,PR1,,\n"))
        .hasMessage("the provider file providers.csv row 3 URN: blank (every row is a provider)");
    assertThatThrownBy(() -> read(header + "SC000001,K2,PR1,,\nsc000001,K2,PR1,,\n"))
        .hasMessage(
            "the provider file providers.csv row 3 URN: SC000001 is also on row 2 (one row per"
                + " provider)");
  }
}
