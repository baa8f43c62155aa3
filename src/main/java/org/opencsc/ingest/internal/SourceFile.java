package org.opencsc.ingest.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A recognised file of a run.
 *
 * @param charset the text encoding found (UTF-8, with or without a byte order mark, or Windows-1252
 *     when the bytes are not valid UTF-8); open it with {@link TextFiles#reader}
 */
public record SourceFile(
    Path path, String name, long sizeBytes, String sha256, Charset charset, Recognised recognised) {

  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(recognised, "recognised");
  }
}
