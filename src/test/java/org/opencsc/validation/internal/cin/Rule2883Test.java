package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinFixture;

/** 2883: "There are more child protection plans starting than initial conferences taking place" */
class Rule2883Test {

  private final CinFixture census = CinFixture.of("2025-26");

  private CinChild child(String id, String inside) {
    return census.child(
        "<Child><ChildIdentifiers><LAchildID>"
            + id
            + "</LAchildID></ChildIdentifiers><CINdetails>"
            + inside
            + "</CINdetails></Child>");
  }

  @Test
  void asManyConferencesAsPlansPasses() {
    // one conference on the episode, one on a section 47: two plans in the year
    CinChild a =
        child(
            "A",
            "<DateOfInitialCPC>2025-05-01</DateOfInitialCPC>"
                + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate></ChildProtectionPlans>");
    CinChild b =
        child(
            "B",
            "<Section47><DateOfInitialCPC>2025-06-01</DateOfInitialCPC></Section47>"
                + "<ChildProtectionPlans><CPPstartDate>2025-06-01</CPPstartDate></ChildProtectionPlans>"
                + "<ChildProtectionPlans><CPPstartDate>2024-06-01</CPPstartDate></ChildProtectionPlans>");
    // B's 2024 plan started before the census year: not counted
    assertThat(census.checkCensus(new Rule2883(), a, b)).isEmpty();
  }

  @Test
  void morePlansThanConferencesFailsOnceForTheCensus() {
    CinChild a =
        child(
            "A",
            "<DateOfInitialCPC>2025-05-01</DateOfInitialCPC>"
                + "<ChildProtectionPlans><CPPstartDate>2025-05-01</CPPstartDate></ChildProtectionPlans>"
                + "<ChildProtectionPlans><CPPstartDate>2025-09-01</CPPstartDate></ChildProtectionPlans>");
    assertThat(census.checkCensus(new Rule2883(), a))
        .singleElement()
        .satisfies(f -> assertThat(f.childId()).isEmpty());
  }
}
