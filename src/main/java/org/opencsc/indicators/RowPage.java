package org.opencsc.indicators;

import java.util.List;

/**
 * One page of the rows behind a unit's figure, in list order (event date, child, record).
 *
 * @param rows the page's rows
 * @param offset how many rows of the list come before the page
 * @param total how many rows the whole list has
 */
public record RowPage(List<FactRow> rows, long offset, long total) {

  public RowPage {
    rows = List.copyOf(rows);
    if (offset < 0 || total < 0) {
      throw new IllegalArgumentException("offset and total cannot be negative");
    }
  }

  /** Whether rows follow this page. */
  public boolean hasMore() {
    return offset + rows.size() < total;
  }
}
