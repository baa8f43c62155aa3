package org.opencsc.audits;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the auditor sends, saved as a draft or submitted: grades and texts by question key
 * ("section.question"), the overall grade, the learning themes chosen, strengths and areas to
 * improve.
 */
public record Completion(
    Map<String, Grade> grades,
    Map<String, String> texts,
    @Nullable Grade overallGrade,
    List<Long> themeIds,
    String strengths,
    String areasToImprove) {

  public Completion {
    grades = Map.copyOf(grades);
    texts = Map.copyOf(texts);
    themeIds = List.copyOf(themeIds);
    Objects.requireNonNull(strengths, "strengths");
    Objects.requireNonNull(areasToImprove, "areasToImprove");
  }

  /**
   * What is missing for a submission: the keys of questions without an answer (a grade for a graded
   * question, words for a text one) and "overall" without an overall grade. Empty: complete.
   */
  public List<String> missing(TemplateVersion template) {
    List<String> missing = new java.util.ArrayList<>();
    for (TemplateSection section : template.sections()) {
      for (TemplateQuestion question : section.questions()) {
        String key = Audit.Answer.key(section.no(), question.no());
        boolean answered =
            question.kind() == QuestionKind.GRADED
                ? grades.containsKey(key)
                : !texts.getOrDefault(key, "").isBlank();
        if (!answered) {
          missing.add(key);
        }
      }
    }
    if (overallGrade == null) {
      missing.add("overall");
    }
    return missing;
  }
}
