package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 100: "Reference Date is incorrect (ERROR)" */
class Rule100Test {

  private static final String HEADER =
      """
      <Header>
      <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>2026</Year>
      <ReferenceDate>%s</ReferenceDate>
      </CollectionDetails>
      </Header>""";

  private static final String CHILD =
      "<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>";

  @Test
  void theThirtyFirstOfMarchEndingTheCollectionYearPasses() {
    CinFixture census =
        CinFixture.of("2025-26").header(HEADER.formatted("2026-03-31"), LocalDate.of(2026, 3, 31));
    assertThat(census.check(new Rule100(), census.child(CHILD))).isEmpty();
  }

  @Test
  void anotherDateFails() {
    CinFixture census =
        CinFixture.of("2025-26").header(HEADER.formatted("2025-03-31"), LocalDate.of(2025, 3, 31));
    assertThat(flagged(census.check(new Rule100(), census.child(CHILD))))
        .containsExactly("CollectionDetails:2:ReferenceDate");
  }

  @Test
  void aMissingDateFails() {
    CinFixture census = CinFixture.of("2025-26").header(HEADER.formatted(""), null);
    assertThat(flagged(census.check(new Rule100(), census.child(CHILD))))
        .containsExactly("CollectionDetails:2:ReferenceDate");
  }
}
