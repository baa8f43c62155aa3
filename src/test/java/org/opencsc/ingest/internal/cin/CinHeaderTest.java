package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.UnreadableFileException;

/** The census header: recognition from the start of a file, and which year and date it gives. */
class CinHeaderTest {

  static String head(String collection, @Nullable String year, @Nullable String reference) {
    return "<?xml version=\"1.0\"?>\n<!-- exported nightly -->\n<Message><Header><CollectionDetails>"
        + "<Collection>"
        + collection
        + "</Collection>"
        + (year == null ? "" : "<Year>" + year + "</Year>")
        + (reference == null ? "" : "<ReferenceDate>" + reference + "</ReferenceDate>")
        + "</CollectionDetails></Header><Children><Child><ChildIdentifiers><LAchildID>C1";
  }

  @Test
  void aCinMessageIsRecognisedEvenWhenTheSampleEndsMidChild() {
    assertThat(CinHeader.sniff(head("CIN", "2026", "2026-03-31")))
        .contains(new CinHeader("CIN", "2026", "2026-03-31"));
  }

  @Test
  void anotherCollectionOrRootOrNoXmlIsNot() {
    assertThat(CinHeader.sniff(head("CSWW", "2025", "2025-09-30"))).isEmpty();
    assertThat(CinHeader.sniff("<EXPSSDA903><CHILD/></EXPSSDA903>")).isEmpty();
    assertThat(CinHeader.sniff("CHILD,SEX,DOB\nC1,1,01/01/2015\n")).isEmpty();
    assertThat(CinHeader.sniff("")).isEmpty();
  }

  @Test
  void aDoctypeIsSteppedOverNotProcessed() {
    String withDoctype =
        head("CIN", "2026", null)
            .replace("<Message>", "<!DOCTYPE Message SYSTEM \"x.dtd\"><Message>");
    assertThat(CinHeader.sniff(withDoctype)).isPresent();
  }

  @Test
  void theYearIsTheYearOf31MarchAndTheReferenceDateMayFallWithinIt() throws Exception {
    CinHeader midYear = new CinHeader("CIN", "2026", "2025-11-30");
    assertThat(midYear.collectionYear()).isEqualTo(new CollectionYear(2025));
    assertThat(midYear.asAt()).contains(LocalDate.of(2025, 11, 30));
    assertThat(new CinHeader("CIN", "2026", null).asAt()).contains(LocalDate.of(2026, 3, 31));
    assertThat(new CinHeader("CIN", null, "2025-03-31").collectionYear())
        .isEqualTo(new CollectionYear(2024));
  }

  @Test
  void aHeaderThatContradictsItselfOrGivesNoYearIsRefused() {
    assertThatThrownBy(() -> new CinHeader("CIN", "2026", "2025-03-31").collectionYear())
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not in the census year 2025-26");
    assertThatThrownBy(() -> new CinHeader("CIN", "2026", "31/03/2026").collectionYear())
        .hasMessageContaining("not a yyyy-mm-dd date");
    assertThatThrownBy(() -> new CinHeader("CIN", null, null).collectionYear())
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("neither a Year nor a ReferenceDate");
    assertThat(new CinHeader("CIN", "26", null).asAt()).isEmpty();
  }
}
