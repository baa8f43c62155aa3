package org.opencsc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.CodeMeanings.Return;

/** Codes in words from the ingest's code lists, by the collection year a record falls in. */
class CodeMeaningsTest {

  final CodeMeanings meanings = new CodeMeanings();

  @Test
  void aCodeInTheListOfItsYear() {
    assertThat(meanings.meaning(Return.SSDA903, "LS", "C2", LocalDate.of(2026, 1, 10)))
        .contains("Full care order");
    assertThat(meanings.meaning(Return.CIN, "ReferralSource", "6", LocalDate.of(2024, 6, 3)))
        .contains("Police");
    assertThat(
            meanings.meaning(
                Return.SSD, "invo_worker_change_reason", "LEFTRL", LocalDate.of(2025, 3, 31)))
        .contains("Previous social worker left role");
  }

  @Test
  void aCodeItsYearLacksComesFromTheNearestYearThatHasIt() {
    // PLACE Z11 is new in 2025-26: the 2024-25 list does not have it
    assertThat(meanings.meaning(Return.SSDA903, "PLACE", "Z11", LocalDate.of(2024, 6, 1)))
        .contains("Other placement (code of the 2025-26 and later returns)");
    // a year long after every list: the latest list that knows the code
    assertThat(meanings.meaning(Return.SSDA903, "LS", "C2", LocalDate.of(2040, 1, 1)))
        .contains("Full care order");
  }

  @Test
  void aCodeNoListKnowsHasNoMeaning() {
    assertThat(meanings.meaning(Return.SSDA903, "LS", "Z9", LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(meanings.meaning(Return.CIN, "NoSuchField", "N1", LocalDate.of(2026, 1, 1)))
        .isEmpty();
  }
}
