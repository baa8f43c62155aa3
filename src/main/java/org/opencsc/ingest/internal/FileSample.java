package org.opencsc.ingest.internal;

import java.nio.charset.Charset;

/**
 * The start of a file, for recognising it by content.
 *
 * @param name the file's name (reports only: recognition must not rely on it alone)
 * @param head up to the first 64 KiB, decoded with {@code charset}, byte order mark removed
 * @param binary true when the file is not text (a zip container such as .xlsx, or has NUL bytes)
 */
public record FileSample(String name, String head, Charset charset, boolean binary) {

  /** The first line of text, without its line ending (the header row of a CSV file). */
  public String firstLine() {
    int end = head.indexOf('\n');
    String line = end < 0 ? head : head.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
