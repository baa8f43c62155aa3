package org.opencsc.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every kind of timeline record and every detail field the timeline query names has its words in
 * messages-child.properties (a missing one would fail the page only for a child who has it).
 */
class TimelineMessagesTest {

  private static final Path SQL =
      Path.of("src/main/resources/org/opencsc/drilldown/sql/timeline.sql");
  private static final Pattern ARRAY = Pattern.compile("array\\[(.*?)]", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("'([a-z0-9_]+)',");

  @Test
  void everyKindAndFieldHasAMessage() throws IOException {
    Properties messages = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages-child.properties"), StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    List<String> fields = fields();

    assertThat(fields).hasSizeGreaterThan(40).contains("legal_status", "sdq_score", "in_touch");
    assertThat(fields.stream().map(field -> "timeline.field." + field))
        .allMatch(messages::containsKey);
    assertThat(Arrays.stream(TimelineKind.values()).map(kind -> "timeline.kind." + kind.key()))
        .allMatch(messages::containsKey);
  }

  @Test
  void everyKindTheQueryNamesIsAKind() throws IOException {
    Matcher kind = Pattern.compile("'([a-z0-9_]+)', \\d+,").matcher(Files.readString(SQL));
    List<TimelineKind> kinds = new ArrayList<>();
    while (kind.find()) {
      kinds.add(TimelineKind.of(kind.group(1)));
    }
    assertThat(kinds).hasSize(TimelineKind.values().length).doesNotHaveDuplicates();
  }

  /** The field names of the query's {@code array['field', value, ...]} details. */
  private static List<String> fields() throws IOException {
    List<String> fields = new ArrayList<>();
    Matcher array = ARRAY.matcher(Files.readString(SQL));
    while (array.find()) {
      Matcher field = FIELD.matcher(array.group(1));
      while (field.find()) {
        fields.add(field.group(1));
      }
    }
    return fields;
  }
}
