package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which table a header row is: whole tables, extra columns, missing columns, and no match. */
class HeaderMatchTest {

  private static Optional<Ssda903Table> match(String header) {
    return HeaderMatch.table(List.of(header.split(",", -1)));
  }

  @Test
  void everyTablesOwnColumnsAreThatTable() {
    for (Ssda903Table table : Ssda903Table.values()) {
      List<String> columns = names(table);
      assertThat(HeaderMatch.table(columns)).as(table.label()).contains(table);
      List<String> reversed = new ArrayList<>(columns);
      Collections.reverse(reversed);
      assertThat(HeaderMatch.table(reversed)).as(table.label()).contains(table);
    }
  }

  @Test
  void noTablesColumnsAreAllInAnothersSoAWholeTableNeverMatchesTwice() {
    for (Ssda903Table a : Ssda903Table.values()) {
      for (Ssda903Table b : Ssda903Table.values()) {
        if (a != b) {
          assertThat(names(b).containsAll(names(a))).as(a.label() + " in " + b.label()).isFalse();
        }
      }
    }
  }

  private static List<String> names(Ssda903Table table) {
    return table.columns().stream().map(Column::name).toList();
  }

  @Test
  void namesAreComparedTrimmedAndInAnyCase() {
    assertThat(match(" child , dob,Review ,review_code")).contains(Ssda903Table.REVIEWS);
  }

  @Test
  void extraColumnsDoNotStopATableMatching() {
    assertThat(match("CHILD,SEX,DOB,DUC,NOTES")).contains(Ssda903Table.UASC);
    // every column of UASC and of Reviews: the larger table wins
    assertThat(match("CHILD,SEX,DOB,DUC,REVIEW,REVIEW_CODE,MISSING,MIS_START,MIS_END"))
        .contains(Ssda903Table.MISSING);
  }

  @Test
  void aTableWithSomeColumnsMissingIsStillRecognisedSoItsReadingCanSayWhich() {
    assertThat(match("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC")).contains(Ssda903Table.EPISODES);
    assertThat(match("CHILD,DOB,REVIEW")).contains(Ssda903Table.REVIEWS);
  }

  @Test
  void headersThatAreNoTableOrCouldBeSeveralAreNotRecognised() {
    assertThat(match("CHILD,DOB")).isEmpty(); // only columns many tables share
    assertThat(match("DECOM,RNE,LS,CIN,PLACE")).isEmpty(); // no CHILD
    assertThat(match("CHILD,DOB,REVIEW,MIS_START")).isEmpty(); // half of Reviews, half of Missing
    assertThat(match("<?xml version=\"1.0\"?>")).isEmpty();
    assertThat(match("")).isEmpty();
  }
}
