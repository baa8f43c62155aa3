package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from messages.properties: no template has literal text (in a text
 * node or in an aria-label, alt, title or placeholder attribute), and every {@code #{key}} a
 * template names exists. Like spring-petclinic's I18nPropertiesSyncTest.
 */
class I18nPropertiesSyncTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** messages.properties and each feature's own bundle (spring.messages.basename). */
  private static final Path RESOURCES = Path.of("src/main/resources");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern DOCTYPE =
      Pattern.compile("<!DOCTYPE[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<(?:[^\"'>]|\"[^\"]*\"|'[^']*')*>");
  private static final Pattern TEXT_ATTRIBUTE =
      Pattern.compile("(?<![\\w:-])(aria-label|alt|title|placeholder)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");

  @Test
  void templatesHaveNoLiteralText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      literalText(Files.readString(template))
          .forEach(text -> problems.add(TEMPLATES.relativize(template) + ": " + text));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageKeyATemplateUsesExists() throws IOException {
    Properties messages = new Properties();
    try (Stream<Path> bundles = Files.list(RESOURCES)) {
      for (Path bundle :
          bundles
              .filter(f -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
              .toList()) {
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
          messages.load(reader);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
      while (key.find()) {
        if (!messages.containsKey(key.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theScannerFindsLiteralText() {
    String template =
        """
        <!--/* a comment is fine */-->
        <p th:text="#{a.key}"></p>
        <p>Hello</p>
        <nav aria-label="Breadcrumb" th:aria-label="#{b.key}"><span> </span></nav>
        """;

    assertThat(literalText(template)).containsExactly("Hello", "aria-label=\"Breadcrumb\"");
  }

  /** The literal text of a template: its text nodes and text attributes with a letter or digit. */
  static List<String> literalText(String template) {
    String markup = DOCTYPE.matcher(COMMENT.matcher(template).replaceAll("")).replaceAll("");
    List<String> found = new ArrayList<>();
    for (String text : TAG.split(markup)) {
      if (WORDS.matcher(text).find()) {
        found.add(text.strip());
      }
    }
    Matcher attribute = TEXT_ATTRIBUTE.matcher(markup);
    while (attribute.find()) {
      if (WORDS.matcher(attribute.group(2)).find()) {
        found.add(attribute.group(1) + "=\"" + attribute.group(2) + "\"");
      }
    }
    return found;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
