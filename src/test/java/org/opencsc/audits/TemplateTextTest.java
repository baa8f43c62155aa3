package org.opencsc.audits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  static final String TEXT =
      """
      # Assessment
      graded: Is the assessment up to date?
      guidance: History, strengths,
      guidance: worries and why.

      text: What is daily life like?
      # Impact
      GRADED:   Is the child better off?
      """;

  @Test
  void readsSectionsQuestionsAndGuidance() {
    TemplateText.Parsed parsed = TemplateText.parse(TEXT);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.sections())
        .containsExactly(
            new TemplateSection(
                1,
                "Assessment",
                List.of(
                    new TemplateQuestion(
                        1,
                        QuestionKind.GRADED,
                        "Is the assessment up to date?",
                        "History, strengths, worries and why."),
                    new TemplateQuestion(2, QuestionKind.TEXT, "What is daily life like?", ""))),
            new TemplateSection(
                2,
                "Impact",
                List.of(
                    new TemplateQuestion(1, QuestionKind.GRADED, "Is the child better off?", ""))));
  }

  @Test
  void formatIsReadBackAsTheSameSections() {
    List<TemplateSection> sections = TemplateText.parse(TEXT).sections();

    assertThat(TemplateText.parse(TemplateText.format(sections)).sections()).isEqualTo(sections);
  }

  @Test
  void saysWhichLineIsWrong() {
    TemplateText.Parsed parsed =
        TemplateText.parse(
            """
            graded: before any section
            # Empty section
            # Fine
            guidance: fine? no: no question yet
            scored: what kind is this?
            text:
            """);

    assertThat(parsed.sections()).isEmpty();
    assertThat(parsed.problems())
        .containsExactly(
            new TemplateText.Problem(1, "question-without-section"),
            new TemplateText.Problem(2, "section-without-questions"),
            new TemplateText.Problem(4, "guidance-without-question"),
            new TemplateText.Problem(5, "unknown-line"),
            new TemplateText.Problem(6, "question-text"),
            new TemplateText.Problem(7, "section-without-questions"));
    assertThat(TemplateText.parse("  \n").problems())
        .containsExactly(new TemplateText.Problem(1, "empty"));
  }
}
