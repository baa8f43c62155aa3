package org.opencsc.ingest.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Postcode reference data for the DfE's SSDA903 rules on distance and placement authority: a CSV
 * file in the ONS Postcode Directory's columns ({@code --postcodes FILE}, {@code
 * opencsc.validation.postcodes}).
 *
 * @param councilCode the council's own authority code as the directory gives it ({@code
 *     opencsc.council.ons-code}), to tell placements in the council's area from those outside; null
 *     when not set
 */
public record PostcodeFile(Path file, @Nullable String councilCode) {

  public PostcodeFile {
    Objects.requireNonNull(file, "file");
  }
}
