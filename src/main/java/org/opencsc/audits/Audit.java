package org.opencsc.audits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One case audit: the template version it follows, the child, worker, team and service area it is
 * about (stable ids), the auditor's login, what they answered, the moderation and every change of
 * state. {@link #finalGrade} is the grade the results count.
 */
public record Audit(
    long auditId,
    TemplateVersion template,
    String childId,
    @Nullable String workerId,
    @Nullable String teamId,
    @Nullable String serviceAreaId,
    String auditor,
    LocalDate dueDate,
    AuditState state,
    @Nullable Grade overallGrade,
    String strengths,
    String areasToImprove,
    @Nullable Grade moderatedGrade,
    String moderationReason,
    @Nullable String moderator,
    String assignedBy,
    Instant assignedAt,
    @Nullable Instant submittedAt,
    Map<String, Answer> answers,
    List<Theme> themes,
    List<Transition> transitions) {

  public Audit {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(auditor, "auditor");
    answers = Map.copyOf(answers);
    themes = List.copyOf(themes);
    transitions = List.copyOf(transitions);
  }

  /** One question's answer: a grade for a graded question (maybe with a comment), else text. */
  public record Answer(int sectionNo, int questionNo, @Nullable Grade grade, String text) {

    /** The key of {@link Audit#answers}: "section.question", e.g. "2.1". */
    public String key() {
      return key(sectionNo, questionNo);
    }

    public static String key(int sectionNo, int questionNo) {
      return sectionNo + "." + questionNo;
    }
  }

  /** A learning theme. */
  public record Theme(long themeId, String name) {}

  /** A change of state: from (null when the audit was assigned), to, by whom and when. */
  public record Transition(@Nullable AuditState from, AuditState to, String by, Instant at) {}

  /** The answer to a question, if any was saved. */
  public Optional<Answer> answer(int sectionNo, int questionNo) {
    return Optional.ofNullable(answers.get(Answer.key(sectionNo, questionNo)));
  }

  /** The moderator's grade once moderated, else the auditor's (null before submission). */
  public @Nullable Grade finalGrade() {
    return moderatedGrade != null ? moderatedGrade : overallGrade;
  }
}
