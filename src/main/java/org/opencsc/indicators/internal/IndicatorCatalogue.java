package org.opencsc.indicators.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
      return Arrays.stream(files)
          .map(IndicatorCatalogue::parse)
          .sorted(
              Comparator.comparing(
                      (Definition d) -> DefinitionParser.GROUPS.indexOf(d.indicator().group()))
                  .thenComparing(d -> d.indicator().id()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the indicator definitions", e);
    }
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
