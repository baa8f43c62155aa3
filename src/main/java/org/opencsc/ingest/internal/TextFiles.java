package org.opencsc.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file once to learn what the run needs before parsing it: its SHA-256, whether its text is
 * UTF-8 (with or without a byte order mark) or, failing that, Windows-1252 (what Excel on a council
 * laptop saves), and its first 64 KiB for recognition. Streams: a 2 GB file costs one buffer of
 * memory.
 */
public final class TextFiles {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final int SAMPLE_BYTES = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextFiles() {}

  /** What one pass over the file found. */
  record Scan(long size, String sha256, Charset charset, FileSample sample) {}

  static Scan scan(Path path) throws IOException {
    MessageDigest digest = sha256();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
    byte[] head = new byte[SAMPLE_BYTES];
    int headLength = 0;
    boolean validUtf8 = true;
    boolean nul = false;
    long size = 0;
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        if (headLength < SAMPLE_BYTES) {
          int take = Math.min(n, SAMPLE_BYTES - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        for (int i = 0; i < n && !nul; i++) {
          nul = buffer[i] == 0;
        }
        if (validUtf8) {
          pending.put(buffer, 0, n).flip();
          CoderResult result = utf8.decode(pending, chars.clear(), false);
          while (result.isOverflow()) {
            result = utf8.decode(pending, chars.clear(), false);
          }
          validUtf8 = !result.isError();
          pending.compact();
        }
        size += n;
      }
    }
    if (validUtf8) {
      pending.flip();
      validUtf8 = !utf8.decode(pending, chars.clear(), true).isError() && !pending.hasRemaining();
    }
    boolean bom = headLength >= 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
    boolean zip =
        headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    Charset charset = validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    int skip = bom ? 3 : 0;
    String text = new String(head, skip, headLength - skip, charset);
    if (validUtf8 && headLength == SAMPLE_BYTES && !text.isEmpty()) {
      // the sample may end inside a character
      text = text.substring(0, text.length() - 1);
    }
    return new Scan(
        size,
        HexFormat.of().formatHex(digest.digest()),
        charset,
        new FileSample(path.getFileName().toString(), text, charset, zip || nul, path));
  }

  /** The file's text, decoded as the scan found, without its byte order mark. */
  public static Reader reader(SourceFile file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 64 * 1024);
    in.mark(3);
    byte[] start = in.readNBytes(3);
    if (!(start.length == 3 && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2])) {
      in.reset();
    }
    return new InputStreamReader(in, file.charset());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
