package org.opencsc.reports.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.reports.ReportKind;

/**
 * A report laid out: the HTML it was written as and the PDF made from it.
 *
 * @param kind what report it is
 * @param asAt the date its figures describe
 * @param periodStart the first day of their period
 * @param theme a scrutiny report's theme
 * @param question a scrutiny report's question
 * @param html the whole document, styles included (it opens on its own, without the site)
 * @param pdf the PDF
 * @param pages the PDF's pages
 */
public record RenderedReport(
    ReportKind kind,
    LocalDate asAt,
    LocalDate periodStart,
    @Nullable String theme,
    @Nullable String question,
    String html,
    byte[] pdf,
    int pages) {

  public RenderedReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pdf, "pdf");
  }
}
