package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiDigitsTest {

  @Test
  void readsTheDigitsOfTheRange() {
    assertThat(AsciiDigits.value("15/06/2012", 0, 2)).isEqualTo(15);
    assertThat(AsciiDigits.value("15/06/2012", 3, 5)).isEqualTo(6);
    assertThat(AsciiDigits.value("15/06/2012", 6, 10)).isEqualTo(2012);
  }

  @Test
  void anythingButAnAsciiDigitOrAnEmptyRangeIsMinusOne() {
    assertThat(AsciiDigits.value("1a", 0, 2)).isEqualTo(-1);
    assertThat(AsciiDigits.value("-1", 0, 2)).isEqualTo(-1);
    assertThat(AsciiDigits.value(" 1", 0, 2)).isEqualTo(-1);
    // Arabic-Indic digit one: a digit to Character.isDigit, not to the returns
    assertThat(AsciiDigits.value("\u0661", 0, 1)).isEqualTo(-1);
    assertThat(AsciiDigits.value("12", 1, 1)).isEqualTo(-1);
  }
}
