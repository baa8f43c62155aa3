package org.opencsc.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kept report, without its content.
 *
 * @param id the report's number
 * @param kind a board pack or a scrutiny report
 * @param snapshotId the snapshot its figures were read from
 * @param asAt the date the figures describe: the end of their period
 * @param periodStart the first day of the period the figures cover
 * @param theme a scrutiny report's theme (an indicator group id); null for a board pack
 * @param question what the committee asked for, when a scrutiny report answers a request
 * @param generatedAt when it was made
 * @param generatedBy the login that asked for it, or {@code schedule}
 * @param scheduled whether the monthly schedule made it
 * @param pages the PDF's number of pages
 * @param bytes the PDF's size
 */
public record Report(
    long id,
    ReportKind kind,
    long snapshotId,
    LocalDate asAt,
    LocalDate periodStart,
    @Nullable String theme,
    @Nullable String question,
    OffsetDateTime generatedAt,
    String generatedBy,
    boolean scheduled,
    int pages,
    long bytes) {

  public Report {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(generatedBy, "generatedBy");
  }

  /** The name a download of it is saved under, without extension. */
  public String fileName() {
    return kind.id() + (theme == null ? "" : "-" + theme) + "-" + asAt + "-" + id;
  }
}
