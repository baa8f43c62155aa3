package org.opencsc.reports.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pack laid out: the HTML it was written as and the PDF made from it.
 *
 * @param asAt the date its figures describe
 * @param periodStart the first day of their twelve months
 * @param html the whole document, styles included (it opens on its own, without the site)
 * @param pdf the PDF
 * @param pages the PDF's pages
 */
public record RenderedPack(
    LocalDate asAt, LocalDate periodStart, String html, byte[] pdf, int pages) {

  public RenderedPack {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pdf, "pdf");
  }
}
