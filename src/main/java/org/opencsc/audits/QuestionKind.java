package org.opencsc.audits;

import java.util.Arrays;
import java.util.Optional;

/** How a question is answered: with a {@link Grade} (and an optional comment), or in words. */
public enum QuestionKind {
  GRADED("graded"),
  TEXT("text");

  private final String id;

  QuestionKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<QuestionKind> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
