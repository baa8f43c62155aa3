package org.opencsc.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One kept board pack, without its content.
 *
 * @param id the pack's number
 * @param snapshotId the snapshot its figures were read from
 * @param asAt the date the figures describe (the snapshot's)
 * @param periodStart the first day of the twelve months the figures cover
 * @param generatedAt when it was generated
 * @param generatedBy the login that asked for it, or {@code schedule}
 * @param scheduled whether the monthly schedule made it
 * @param pages the PDF's number of pages
 * @param bytes the PDF's size
 */
public record BoardPack(
    long id,
    long snapshotId,
    LocalDate asAt,
    LocalDate periodStart,
    OffsetDateTime generatedAt,
    String generatedBy,
    boolean scheduled,
    int pages,
    long bytes) {

  public BoardPack {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(generatedBy, "generatedBy");
  }

  /** The name a download of it is saved under, without extension. */
  public String fileName() {
    return "board-pack-" + asAt + "-" + id;
  }
}
