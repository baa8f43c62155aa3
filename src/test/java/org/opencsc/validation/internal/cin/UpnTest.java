package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTest {

  @Test
  void theCheckLetterIsTheDfesModulus23Letter() {
    assertThat(Upn.checkLetter("A950000178301")).isEqualTo('A');
    assertThat(Upn.checkLetter("H243278544154")).isEqualTo('H');
    // a temporary UPN: the letter at 13 counts as its place in the DfE's letters (A = 0)
    assertThat(Upn.checkLetter("M20700001604A")).isEqualTo('M');
  }
}
