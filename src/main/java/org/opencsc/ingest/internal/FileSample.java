package org.opencsc.ingest.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The start of a file, for recognising it by content.
 *
 * @param name the file's name (reports only: recognition must not rely on it alone)
 * @param head up to the first 64 KiB, decoded with {@code charset}, byte order mark removed
 * @param binary true when the file is not text (a zip container such as .xlsx, or has NUL bytes)
 * @param path where the file is, for sources that must look inside a container (an .xlsx workbook)
 *     to recognise it; null in samples built from text alone
 */
public record FileSample(
    String name, String head, Charset charset, boolean binary, @Nullable Path path) {

  public FileSample(String name, String head, Charset charset, boolean binary) {
    this(name, head, charset, binary, null);
  }

  /** The first line of text, without its line ending (the header row of a CSV file). */
  public String firstLine() {
    int end = head.indexOf('\n');
    String line = end < 0 ? head : head.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
