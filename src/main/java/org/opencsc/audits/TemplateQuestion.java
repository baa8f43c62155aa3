package org.opencsc.audits;

import java.util.Objects;

/** A question of a template's section, numbered from 1 within it, with guidance for the auditor. */
public record TemplateQuestion(int no, QuestionKind kind, String text, String guidance) {

  public TemplateQuestion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(guidance, "guidance");
  }
}
