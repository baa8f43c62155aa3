package org.opencsc.audits;

import java.util.List;
import java.util.Objects;

/** A section of a template, numbered from 1, and its questions in order. */
public record TemplateSection(int no, String title, List<TemplateQuestion> questions) {

  public TemplateSection {
    Objects.requireNonNull(title, "title");
    questions = List.copyOf(questions);
  }
}
