package org.opencsc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RAG against a target of 80 with an amber tolerance of 5, each polarity, at every edge. */
class RagTest {

  static final Target EIGHTY_GIVE_OR_TAKE_FIVE = target("80", "5");

  @ParameterizedTest(name = "higher is better: {0} is {1}")
  @CsvSource({
    "95, GREEN",
    "80.0001, GREEN",
    // exactly on the target is green
    "80, GREEN",
    "80.0000, GREEN",
    "79.9999, AMBER",
    // exactly at the tolerance (80 - 5) is still amber
    "75, AMBER",
    "74.9999, RED",
    "0, RED"
  })
  void higherIsBetter(String value, Rag expected) {
    assertThat(Rag.of(Polarity.HIGHER, EIGHTY_GIVE_OR_TAKE_FIVE, new BigDecimal(value)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "lower is better: {0} is {1}")
  @CsvSource({
    "0, GREEN",
    "79.9999, GREEN",
    // exactly on the target is green
    "80, GREEN",
    "80.0001, AMBER",
    // exactly at the tolerance (80 + 5) is still amber
    "85, AMBER",
    "85.0001, RED",
    "100, RED"
  })
  void lowerIsBetter(String value, Rag expected) {
    assertThat(Rag.of(Polarity.LOWER, EIGHTY_GIVE_OR_TAKE_FIVE, new BigDecimal(value)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "80", "1000"})
  void neitherWayBetterHasNoRag(String value) {
    assertThat(Rag.of(Polarity.NEITHER, EIGHTY_GIVE_OR_TAKE_FIVE, new BigDecimal(value)))
        .isEqualTo(Rag.NONE);
  }

  @ParameterizedTest
  @EnumSource(Polarity.class)
  void noTargetOrNoValueHasNoRag(Polarity polarity) {
    assertThat(Rag.of(polarity, null, new BigDecimal("80"))).isEqualTo(Rag.NONE);
    assertThat(Rag.of(polarity, EIGHTY_GIVE_OR_TAKE_FIVE, null)).isEqualTo(Rag.NONE);
    assertThat(Rag.of(polarity, null, null)).isEqualTo(Rag.NONE);
  }

  @Test
  void withoutAToleranceAnythingOnTheWrongSideIsRed() {
    Target strict = target("80", "0");

    assertThat(Rag.of(Polarity.HIGHER, strict, new BigDecimal("80"))).isEqualTo(Rag.GREEN);
    assertThat(Rag.of(Polarity.HIGHER, strict, new BigDecimal("79.9999"))).isEqualTo(Rag.RED);
    assertThat(Rag.of(Polarity.LOWER, strict, new BigDecimal("80.0001"))).isEqualTo(Rag.RED);
  }

  @Test
  void theApiNamesAreLowerCase() {
    assertThat(Rag.GREEN.id()).isEqualTo("green");
    assertThat(Rag.NONE.id()).isEqualTo("none");
  }

  static Target target(String target, String tolerance) {
    return new Target(
        "test",
        new BigDecimal(target),
        new BigDecimal(tolerance),
        "test-administrator",
        OffsetDateTime.of(2025, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC));
  }
}
