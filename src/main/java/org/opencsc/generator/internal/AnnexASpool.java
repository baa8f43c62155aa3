package org.opencsc.generator.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One list's rows, kept in a temporary file while the children go by: a workbook is written one
 * sheet after another, but the children arrive once, each with rows for several sheets. Values are
 * text, dates or whole numbers.
 */
final class AnnexASpool implements AutoCloseable {

  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte DATE = 2;
  private static final byte NUMBER = 3;

  private final Path file;
  private final DataOutputStream out;
  private int rows;

  AnnexASpool(Path directory, String name) {
    try {
      this.file = Files.createTempFile(directory, name, ".spool");
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a spool file in " + directory, e);
    }
  }

  void add(@Nullable Object[] values) {
    try {
      out.writeShort(values.length);
      for (Object value : values) {
        if (value == null) {
          out.writeByte(NULL);
        } else if (value instanceof String s) {
          out.writeByte(TEXT);
          out.writeUTF(s);
        } else if (value instanceof LocalDate d) {
          out.writeByte(DATE);
          out.writeLong(d.toEpochDay());
        } else {
          out.writeByte(NUMBER);
          out.writeInt((Integer) value);
        }
      }
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  int rows() {
    return rows;
  }

  /** Closes the spool and hands its rows over, in the order they came. */
  void replay(Consumer<@Nullable Object[]> sink) {
    try {
      out.close();
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        for (int i = 0; i < rows; i++) {
          sink.accept(read(in));
        }
      }
    } catch (EOFException e) {
      throw new IllegalStateException(file + " ended early", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static @Nullable Object[] read(DataInputStream in) throws IOException {
    Object[] values = new Object[in.readShort()];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (in.readByte()) {
            case TEXT -> in.readUTF();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case NUMBER -> in.readInt();
            default -> null;
          };
    }
    return values;
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file, e);
    }
  }
}
