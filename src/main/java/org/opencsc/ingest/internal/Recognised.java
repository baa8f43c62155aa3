package org.opencsc.ingest.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a file is: the source that reads it and which part of that source's family.
 *
 * @param part e.g. {@code Episodes}; empty for a family of one file (the CIN census)
 * @param referenceDate the date the file says it describes (the CIN census ReferenceDate), if any
 */
public record Recognised(IngestSource source, String part, @Nullable LocalDate referenceDate) {

  public Recognised {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(part, "part");
  }

  /** As reports show it: {@code SSDA903 Episodes}. */
  public String label() {
    return part.isEmpty() ? source.family() : source.family() + " " + part;
  }
}
