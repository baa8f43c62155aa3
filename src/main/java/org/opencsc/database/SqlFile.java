package org.opencsc.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads a query file from the resource folder that mirrors its owner's package (STYLE.md: SQL lives
 * in {@code .sql} files beside the feature that owns it).
 */
public final class SqlFile {

  private SqlFile() {}

  public static String load(Class<?> owner, String path) {
    try {
      return new ClassPathResource(path, owner).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + " next to " + owner.getName(), e);
    }
  }
}
