package org.opencsc.ingest.internal.annexa;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;

/** An inflating stream that stops, with {@link TooLarge}, once it passes its limit. */
final class LimitedStream extends FilterInputStream {

  /** The entry inflated past what it declared or the limits allow. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private final long limit;
  private final ZipEntry entry;
  private long read;

  LimitedStream(InputStream in, long limit, ZipEntry entry) {
    super(in);
    this.limit = limit;
    this.entry = entry;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws TooLarge {
    read += n;
    if (read > limit) {
      throw new TooLarge(
          entry.getName()
              + " inflates past "
              + limit
              + " bytes (it declared "
              + entry.getSize()
              + ")");
    }
  }
}
