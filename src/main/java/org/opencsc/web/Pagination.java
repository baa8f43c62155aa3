package org.opencsc.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a long list is cut into pages, for the {@code govuk/pagination} fragment: which page is
 * shown, how many there are, and the links to the others.
 *
 * @param page the page shown, from 1
 * @param pageSize rows a page
 * @param total rows in the whole list
 * @param baseHref the list's address with every query parameter but {@code page}, already encoded
 */
public record Pagination(int page, int pageSize, long total, String baseHref) {

  /** Stands for the "…" between page numbers in {@link #items()}. */
  public static final int ELLIPSIS = 0;

  public Pagination {
    Objects.requireNonNull(baseHref, "baseHref");
    if (pageSize < 1 || total < 0 || page < 1) {
      throw new IllegalArgumentException("page " + page + " of " + pageSize + " from " + total);
    }
  }

  /** The page asked for, moved into range: past the last page shows the last page. */
  public static Pagination of(int requestedPage, int pageSize, long total, String baseHref) {
    long pages = Math.max(1, (total + pageSize - 1) / pageSize);
    int page = (int) Math.min(Math.max(1, requestedPage), pages);
    return new Pagination(page, pageSize, total, baseHref);
  }

  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** Rows to skip before this page's first. */
  public long offset() {
    return (long) (page - 1) * pageSize;
  }

  /** The number of this page's first row (1-based), 0 when the list is empty. */
  public long firstRow() {
    return total == 0 ? 0 : offset() + 1;
  }

  /** The number of this page's last row. */
  public long lastRow() {
    return Math.min(total, offset() + pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  /**
   * The page numbers to link to, as GOV.UK pagination shows them: the first, the last, this page
   * and its neighbours, with {@link #ELLIPSIS} where numbers are left out (1 … 4 5 6 … 20).
   */
  public List<Integer> items() {
    List<Integer> items = new ArrayList<>();
    int pages = pages();
    for (int n = 1; n <= pages; n++) {
      if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
        items.add(n);
      } else if (items.get(items.size() - 1) != ELLIPSIS) {
        items.add(ELLIPSIS);
      }
    }
    return List.copyOf(items);
  }

  /** The address of page {@code n} of the list. */
  public String href(int n) {
    return baseHref + (baseHref.contains("?") ? "&" : "?") + "page=" + n;
  }
}
