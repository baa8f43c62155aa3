package org.opencsc.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The children lists name each OpenAs value and sex code through a message built from it. */
class OpenAsMessagesTest {

  @Test
  void everyOpenAsValueAndSexCodeHasAMessage() throws IOException {
    Properties messages = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
      messages.load(reader);
    }

    assertThat(Arrays.stream(OpenAs.values()).map(value -> "child.open-as." + value))
        .allMatch(messages::containsKey);
    assertThat(Arrays.asList("child.sex.M", "child.sex.F", "child.sex.U"))
        .allMatch(messages::containsKey);
  }
}
