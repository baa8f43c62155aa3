package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a run knows before it reads a file.
 *
 * @param asAt the date the data describes: the CIN census ReferenceDate when one is supplied,
 *     otherwise the date given to the run (default today)
 * @param year the collection year containing {@code asAt}, whose columns and code lists apply
 */
public record IngestContext(LocalDate asAt, CollectionYear year) {

  public IngestContext {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(year, "year");
  }
}
