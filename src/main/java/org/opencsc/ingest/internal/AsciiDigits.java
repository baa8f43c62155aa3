package org.opencsc.ingest.internal;

/**
 * The numbers in the returns' dates, read from their ASCII digits by hand rather than with a
 * pattern or a formatter: every date of every row passes here.
 */
public final class AsciiDigits {

  private AsciiDigits() {}

  /**
   * The number the ASCII digits of {@code text} from {@code from} to {@code to} spell, or -1 if any
   * is not a digit (or the range is empty).
   */
  public static int value(String text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
