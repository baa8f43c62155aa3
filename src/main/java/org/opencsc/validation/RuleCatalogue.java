package org.opencsc.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The DfE's published list of a return's rules for one collection year: code and message, word for
 * word, kept as data beside this class ({@code catalogue-ssda903-2025-26.tsv}: {@code
 * code<TAB>message}, a header line first). CIN census messages end in {@code (ERROR)} or {@code
 * (QUERY)}, which is the rule's severity.
 *
 * @param messages by code, in the catalogue's order
 */
public record RuleCatalogue(ReturnType returnType, ReturnYear year, Map<String, String> messages) {

  public RuleCatalogue {
    messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
  }

  /** The catalogue of that year, if the DfE's list for it is kept here. */
  public static Optional<RuleCatalogue> of(ReturnType type, ReturnYear year) {
    String name = "catalogue-" + type.id() + "-" + year.label() + ".tsv";
    try (InputStream in = RuleCatalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new RuleCatalogue(type, year, read(in, name)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }

  private static Map<String, String> read(InputStream in, String name) throws IOException {
    Map<String, String> messages = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = lines.readLine();
    if (header == null || !header.equals("code\tmessage")) {
      throw new IllegalStateException(name + ": the first line must be code<TAB>message");
    }
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 1) {
        throw new IllegalStateException(name + ": not code<TAB>message: " + line);
      }
      messages.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
    }
    return messages;
  }

  public @Nullable String message(String code) {
    return messages.get(code);
  }

  /**
   * The severity the catalogue gives: a CIN census message says {@code (QUERY)} or {@code (ERROR)};
   * the SSDA903 list has no severity, and its rules are errors unless the year's rule list says
   * otherwise.
   */
  public RuleSeverity severity(String code) {
    String message = messages.getOrDefault(code, "");
    return message.endsWith("(QUERY)") ? RuleSeverity.QUERY : RuleSeverity.ERROR;
  }
}
