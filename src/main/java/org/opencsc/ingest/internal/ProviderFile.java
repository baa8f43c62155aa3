package org.opencsc.ingest.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ofsted's provider lists for the DfE's SSDA903 rules on the episode's URN: a CSV file with each
 * provider's URN, placement types, provider codes, postcode, end of registration and authority
 * ({@code --providers FILE}, {@code opencsc.validation.providers}; docs/validation.md).
 *
 * @param councilCode the council's own authority code ({@code opencsc.council.ons-code}), to tell
 *     the council's own providers from other authorities' (rule 229); null when not set
 */
public record ProviderFile(Path file, @Nullable String councilCode) {

  public ProviderFile {
    Objects.requireNonNull(file, "file");
  }
}
