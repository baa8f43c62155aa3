package org.opencsc.indicators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every indicator definition under {@code org/opencsc/indicators/definitions/}, read once at
 * start-up; a bad header stops the application with the file and the reason.
 */
@Component
public class IndicatorCatalogue {

  static final String LOCATION = "classpath*:org/opencsc/indicators/definitions/*.sql";

  private final List<Definition> definitions;

  IndicatorCatalogue() {
    this.definitions = load();
  }

  List<Definition> definitions() {
    return definitions;
  }

  Optional<Definition> definition(String id) {
    return definitions.stream().filter(d -> d.indicator().id().equals(id)).findFirst();
  }

  static List<Definition> load() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
      return shareRows(Arrays.stream(files).map(IndicatorCatalogue::parse).toList()).stream()
          .sorted(
              Comparator.comparing(
                      (Definition d) -> DefinitionParser.GROUPS.indexOf(d.indicator().group()))
                  .thenComparing(d -> d.indicator().id()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the indicator definitions", e);
    }
  }

  /**
   * Gives each definition that shares another's rows ({@code -- rows:}) that one's query; refuses a
   * name that is no indicator, or one that shares its own rows in turn.
   */
  static List<Definition> shareRows(List<Definition> parsed) {
    Map<String, Definition> byId =
        parsed.stream().collect(Collectors.toMap(d -> d.indicator().id(), d -> d));
    return parsed.stream()
        .map(
            d -> {
              if (!d.sharesRows()) {
                return d;
              }
              Definition owner = byId.get(d.rowsOf());
              if (owner == null || owner.sharesRows()) {
                throw refused(
                    d,
                    "'rows: " + d.rowsOf() + "' must name an indicator with a SELECT of its own");
              }
              if (owner.indicator().subject() != d.indicator().subject()) {
                throw refused(
                    d, "its subject must be that of " + d.rowsOf() + ", whose rows it shares");
              }
              return new Definition(d.indicator(), d.rowsOf(), owner.query(), owner.inBulk());
            })
        .toList();
  }

  private static IllegalStateException refused(Definition d, String reason) {
    return new IllegalStateException(
        "indicator definition " + d.indicator().id() + ".sql: " + reason);
  }

  private static Definition parse(Resource file) {
    try {
      return DefinitionParser.parse(
          Objects.requireNonNull(file.getFilename()),
          file.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
