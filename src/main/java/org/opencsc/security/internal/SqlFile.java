package org.opencsc.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Reads a query file that sits in the resource folder mirroring a class's package. */
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
