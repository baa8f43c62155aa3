package org.opencsc.audits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A template's sections and questions as the administrator edits them, one line each:
 *
 * <pre>
 * # Assessment
 * graded: Is the latest assessment up to date?
 * guidance: History, strengths, worries and why.
 * text: What is daily life like for this child?
 * </pre>
 *
 * A {@code #} line starts a section; {@code graded:} and {@code text:} a question of that kind;
 * {@code guidance:} gives the question above it its guidance. Blank lines are ignored. Plain text
 * rather than a form of nested rows: a template of five sections and a dozen questions is read and
 * rearranged far more easily in one box, and nothing is lost in between saves.
 */
public final class TemplateText {

  /** The longest question or guidance kept; longer is an error, not cut short. */
  public static final int MAX_LINE = 1000;

  /** What is wrong on a line (numbered from 1): {@link Problem#code} names the message. */
  public record Problem(int line, String code) {}

  /** The sections read, or the problems found (then the sections are not to be used). */
  public record Parsed(List<TemplateSection> sections, List<Problem> problems) {}

  private TemplateText() {}

  public static Parsed parse(String text) {
    List<Problem> problems = new ArrayList<>();
    List<TemplateSection> sections = new ArrayList<>();
    String title = null;
    List<TemplateQuestion> questions = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > MAX_LINE) {
        problems.add(new Problem(lineNo, "too-long"));
        continue;
      }
      if (line.startsWith("#")) {
        if (title != null) {
          close(sections, title, questions, lineNo - 1, problems);
        }
        title = line.substring(1).strip();
        questions = new ArrayList<>();
        if (title.isEmpty()) {
          problems.add(new Problem(lineNo, "section-title"));
        }
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (key.equals("guidance")) {
        if (questions.isEmpty()) {
          problems.add(new Problem(lineNo, "guidance-without-question"));
        } else {
          TemplateQuestion last = questions.remove(questions.size() - 1);
          String guidance = last.guidance().isEmpty() ? value : last.guidance() + " " + value;
          questions.add(new TemplateQuestion(last.no(), last.kind(), last.text(), guidance));
        }
        continue;
      }
      var kind = QuestionKind.of(key);
      if (kind.isEmpty()) {
        problems.add(new Problem(lineNo, "unknown-line"));
      } else if (title == null) {
        problems.add(new Problem(lineNo, "question-without-section"));
      } else if (value.isEmpty()) {
        problems.add(new Problem(lineNo, "question-text"));
      } else {
        questions.add(new TemplateQuestion(questions.size() + 1, kind.get(), value, ""));
      }
    }
    if (title != null) {
      close(sections, title, questions, lines.length, problems);
    }
    if (sections.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "empty"));
    }
    return new Parsed(problems.isEmpty() ? List.copyOf(sections) : List.of(), problems);
  }

  private static void close(
      List<TemplateSection> sections,
      String title,
      List<TemplateQuestion> questions,
      int lineNo,
      List<Problem> problems) {
    if (questions.isEmpty()) {
      problems.add(new Problem(lineNo, "section-without-questions"));
      return;
    }
    sections.add(new TemplateSection(sections.size() + 1, title, questions));
  }

  /** The text that {@link #parse} reads back as {@code sections}. */
  public static String format(List<TemplateSection> sections) {
    StringBuilder text = new StringBuilder();
    for (TemplateSection section : sections) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append("# ").append(section.title()).append('\n');
      for (TemplateQuestion question : section.questions()) {
        text.append(question.kind().id()).append(": ").append(question.text()).append('\n');
        if (!question.guidance().isEmpty()) {
          text.append("guidance: ").append(question.guidance()).append('\n');
        }
      }
    }
    return text.toString();
  }
}
