package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.generator.internal.Journey.CarePeriod;
import org.opencsc.generator.internal.Journey.Episode;

/** Placement types as the DfE's code lists and rules of each collection year allow them. */
class PlacementsTest {

  private static final Placements PLACEMENTS = new Placements();

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  private static Journey child(String birth, boolean uasc) {
    return new Journey(day(birth), false, uasc, false);
  }

  @Test
  void supportedAccommodationIsK3FromThe2024To25ReturnAndH5Before() {
    ReportingYear y2023 = new ReportingYear(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
    ReportingYear y2024 = new ReportingYear(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    assertThat(Placements.codeIn("K3", y2023)).isEqualTo("H5");
    assertThat(Placements.codeIn("K3", y2024)).isEqualTo("K3");
    assertThat(Placements.codeIn("U4", y2023)).isEqualTo("U4");
    assertThat(Placements.K3_FROM).isEqualTo(day("2024-04-01"));
  }

  @Test
  void anH5PlacementOpenWhenK3CameInIsRecordedAsK3AndOneEndedBeforeStaysH5() {
    Journey child = child("2006-01-01", false);
    CarePeriod open = period(child, "2023-06-01", "2024-12-31", "H5");
    CarePeriod ended = period(child, "2023-01-01", "2024-03-31", "H5");

    CareRows rows = new CareRows("C1", day("2026-03-31"), new Rand(1, 1, Rand.DETAIL));
    rows.add(child, ended);
    rows.add(child, open);
    assertThat(rows.episodes).extracting(e -> e.place()).containsExactly("H5", "K3");

    // an extract from before 1 April 2024 still has H5: K3 had not come in
    CareRows before = new CareRows("C1", day("2024-03-01"), new Rand(1, 1, Rand.DETAIL));
    before.add(child, open);
    assertThat(before.episodes).extracting(e -> e.place()).containsExactly("H5");
  }

  private static CarePeriod period(Journey child, String start, String end, String place) {
    CarePeriod period = new CarePeriod();
    period.start = day(start);
    period.end = day(end);
    period.rec = "E8";
    Episode episode = new Episode();
    episode.decom = period.start;
    episode.rne = "S";
    episode.ls = "C2";
    episode.place = place;
    episode.provider = "PR4";
    episode.plPost = "XQ1";
    episode.urn = "XXXXXXX";
    period.episodes.add(episode);
    return period;
  }

  @Test
  void supportedAccommodationOnlyFrom16AndNoParentsUnderSection20() {
    Journey uasc15 = child("2010-06-01", true);
    Journey aged16 = child("2009-01-01", false);
    Journey aged5 = child("2020-01-01", false);
    Rand rand = new Rand(3, 3, Rand.JOURNEY);
    int april2025 = day("2025-04-01");
    for (int i = 0; i < 2_000; i++) {
      assertThat(PLACEMENTS.place(uasc15, april2025, false, null, false, rand).place)
          .isNotIn("K3", "H5");
      assertThat(PLACEMENTS.place(aged5, april2025, false, null, true, rand).place)
          .isNotEqualTo("P1");
      assertThat(PLACEMENTS.place(aged16, day("2024-01-01"), false, null, false, rand).place)
          .isNotEqualTo("K3");
      assertThat(PLACEMENTS.place(aged16, april2025, false, null, false, rand).place)
          .isNotEqualTo("H5");
    }
  }

  @Test
  void placedWithCurrentFosterCarersOnlyFromAFosterPlacement() {
    Journey baby = child("2024-01-01", false);
    Episode residential = new Episode();
    residential.place = "K2";
    Episode fostered = new Episode();
    fostered.place = "U5";
    Rand rand = new Rand(5, 5, Rand.JOURNEY);
    boolean withCarers = false;
    for (int i = 0; i < 500; i++) {
      int on = day("2025-06-01");
      // A3 and A4 as well as A5 follow a foster placement (rule 336): from elsewhere, A6
      assertThat(PLACEMENTS.place(baby, on, true, residential, false, rand).place).isEqualTo("A6");
      withCarers |= PLACEMENTS.place(baby, on, true, fostered, false, rand).place.matches("A[35]");
    }
    assertThat(withCarers).isTrue();
  }

  @Test
  void aMoveIsNeverToThePlacementTheChildLeaves() {
    Journey child = child("2012-05-01", false);
    Rand rand = new Rand(7, 7, Rand.JOURNEY);
    int on = day("2025-06-01");
    int moves = 0;
    for (int i = 0; i < 5_000; i++) {
      Episode leaving = PLACEMENTS.place(child, on, false, null, false, rand);
      Episode next = PLACEMENTS.place(child, on + 30, false, leaving, false, rand);
      // rule 435: a change of placement (RNE P) changes PLACE, PL_POST, URN or PLACE_PROVIDER
      assertThat(Placements.samePlacement(next, leaving))
          .as(leaving.place + " " + leaving.plPost)
          .isFalse();
      moves += next.place.equals(leaving.place) && next.provider.equals(leaving.provider) ? 1 : 0;
    }
    assertThat(moves).as("moves to the same kind of placement and provider").isGreaterThan(100);
    assertThat(Placements.nextDistrict("XS40")).isEqualTo("XS1");
    assertThat(Placements.nextDistrict("XS9")).isEqualTo("XS10");
    assertThat(Placements.nextDistrict("XQ99")).isEqualTo("XQ1");
  }
}
