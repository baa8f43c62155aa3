package org.opencsc.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  private static Ssda903Row episode(String urn) {
    return new Ssda903Row("Episodes", 2, Map.of("URN", 0), new String[] {urn});
  }

  @Test
  void anEpisodesProviderIsFoundByItsUrnInAnyCase() {
    Providers providers = Ssda903Fixture.testProviders();
    assertThat(providers.of(episode(" sc000001 "))).isNotNull();
    assertThat(providers.of(episode("SC999999"))).isNull();
    assertThat(providers.of(episode("XXXXXXX"))).isNull();
    assertThat(Providers.given(episode("XXXXXXX"))).isFalse();
    assertThat(Providers.given(episode(""))).isFalse();
  }

  @Test
  void aProviderShowsItsValuesAsTheFileHadThem() {
    Providers.Provider provider = Ssda903Fixture.testProviders().providers().get("SC000002");
    assertThat(provider.value("PLACE_CODES")).isEqualTo("U1/U2/U3/U4/U5/U6");
    assertThat(provider.value("REG_END")).isEqualTo("30/09/2025");
    assertThat(provider.value("LA")).isEqualTo("E06000902");
    assertThat(provider.table()).isEqualTo("Ofsted providers");
  }
}
