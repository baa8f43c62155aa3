package org.opencsc.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads a file to learn what the run needs before parsing it: its SHA-256, whether its text is
 * UTF-8 (with or without a byte order mark) or, failing that, Windows-1252 (what Excel on a council
 * laptop saves), and its first 64 KiB for recognition. Two readers stream the file side by side,
 * one for the checksum and one for the rest: a 2 GB file costs two buffers of memory.
 */
public final class TextFiles {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final int SAMPLE_BYTES = 64 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextFiles() {}

  /** What the scan found. */
  public record Scan(long size, String sha256, Charset charset, FileSample sample) {}

  public static Scan scan(Path path) throws IOException {
    // The checksum is worked out on a thread of its own, reading the file beside this pass.
    CompletableFuture<String> sha256 =
        CompletableFuture.supplyAsync(() -> sha256(path), TextFiles::startHashing);
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
        if (headLength < SAMPLE_BYTES) {
          int take = Math.min(n, SAMPLE_BYTES - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        int plain = plainAsciiPrefix(buffer, n);
        for (int i = plain; i < n && !nul; i++) {
          nul = buffer[i] == 0;
        }
        // Most returns are plain ASCII: such a run needs no decoding unless a character started
        // in the previous buffer is still pending.
        if (validUtf8 && (plain < n || pending.position() > 0)) {
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
        checksum(sha256),
        charset,
        new FileSample(path.getFileName().toString(), text, charset, zip || nul, path));
  }

  /** How many bytes at the start are ASCII other than NUL (the length if all are). */
  private static int plainAsciiPrefix(byte[] bytes, int length) {
    int i = 0;
    while (i < length && bytes[i] > 0) {
      i++;
    }
    return i;
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

  private static void startHashing(Runnable task) {
    Thread thread = new Thread(task, "opencsc-sha256");
    thread.setDaemon(true);
    thread.start();
  }

  private static String sha256(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  private static String checksum(CompletableFuture<String> sha256) throws IOException {
    try {
      return sha256.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the file's checksum was worked out", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
