package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;

/**
 * The code lists shipped per census year: each field the reader checks has a list (a field without
 * one would let any value through), and every code fits the database's check on its column (or,
 * where the column has none, the census's own shape), so a code the reader accepts can never make
 * the load fail.
 */
class CinCodeListsTest {

  /** Field → the shape V2__child_journey.sql allows for its column. */
  static final Map<String, String> DATABASE_SHAPES =
      Map.of(
          "Sex", "[MFU]",
          "UPNunknown", "UN[1-7]",
          "Ethnicity", "[A-Z]{4}",
          "Disability", "NONE|MOB|HAND|PC|INC|COMM|LD|HEAR|VIS|BEH|CON|AUT|DDA",
          "ReferralSource", "[0-9]{1,2}[A-F]?",
          "PrimaryNeedCode", "N[0-9]",
          "ReasonForClosure", "RC[1-9]",
          "AssessmentFactors", "[0-9]{1,2}[A-F]?",
          "InitialCategoryOfAbuse", "NEG|PHY|SAB|EMO|MUL",
          "LatestCategoryOfAbuse", "NEG|PHY|SAB|EMO|MUL");

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void everyCheckedFieldHasAListAndEveryCodeFitsTheDatabase(int startYear) {
    CodeLists codes =
        CodeLists.forYear(CinCensusSource.class, "codes", new CollectionYear(startYear))
            .orElseThrow();
    DATABASE_SHAPES.forEach(
        (field, shape) -> {
          assertThat(codes.covers(field)).as(field).isTrue();
          assertThat(codes.codes(field)).as(field).isNotEmpty().allMatch(c -> c.matches(shape));
        });
    if (codes.covers("GenderCurrent")) {
      assertThat(Identifiers.GENDER_AS_SEX).containsOnlyKeys(codes.codes("GenderCurrent"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void sexReplacedGenderCurrentIn2024To25(int startYear) {
    CodeLists codes =
        CodeLists.forYear(CinCensusSource.class, "codes", new CollectionYear(startYear))
            .orElseThrow();
    assertThat(codes.covers("GenderCurrent")).isEqualTo(startYear == 2024);
  }

  @ParameterizedTest
  @ValueSource(ints = {2019, 2023, 2027})
  void otherYearsHaveNoLists(int startYear) {
    assertThat(CodeLists.forYear(CinCensusSource.class, "codes", new CollectionYear(startYear)))
        .isEmpty();
  }
}
