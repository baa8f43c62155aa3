package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.web.Pagination.ELLIPSIS;

import org.junit.jupiter.api.Test;

class PaginationTest {

  @Test
  void anEmptyListIsOnePageWithNoRows() {
    Pagination empty = Pagination.of(3, 50, 0, "/loads");

    assertThat(empty.page()).isEqualTo(1);
    assertThat(empty.pages()).isEqualTo(1);
    assertThat(empty.firstRow()).isZero();
    assertThat(empty.lastRow()).isZero();
    assertThat(empty.hasPrevious()).isFalse();
    assertThat(empty.hasNext()).isFalse();
  }

  @Test
  void aPageKnowsItsRowsAndNeighbours() {
    Pagination second = Pagination.of(2, 50, 120, "/loads");

    assertThat(second.pages()).isEqualTo(3);
    assertThat(second.offset()).isEqualTo(50);
    assertThat(second.firstRow()).isEqualTo(51);
    assertThat(second.lastRow()).isEqualTo(100);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(Pagination.of(9, 50, 120, "/loads").page()).isEqualTo(3);
    assertThat(Pagination.of(-1, 50, 120, "/loads").page()).isEqualTo(1);
  }

  @Test
  void itemsShowTheEndsThisPageAndItsNeighboursWithEllipses() {
    assertThat(Pagination.of(5, 10, 200, "/x").items())
        .containsExactly(1, ELLIPSIS, 4, 5, 6, ELLIPSIS, 20);
    assertThat(Pagination.of(1, 10, 200, "/x").items()).containsExactly(1, 2, ELLIPSIS, 20);
    assertThat(Pagination.of(3, 10, 40, "/x").items()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void linksKeepTheOtherQueryParameters() {
    assertThat(Pagination.of(1, 10, 40, "/loads").href(2)).isEqualTo("/loads?page=2");
    assertThat(Pagination.of(1, 10, 40, "/loads/7?severity=error").href(3))
        .isEqualTo("/loads/7?severity=error&page=3");
  }
}
