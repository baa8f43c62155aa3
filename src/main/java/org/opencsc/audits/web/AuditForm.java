package org.opencsc.audits.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.Audit;
import org.opencsc.audits.AuditService;
import org.opencsc.audits.Completion;
import org.opencsc.audits.Grade;
import org.opencsc.audits.TemplateVersion;
import org.springframework.util.MultiValueMap;

/**
 * The audit form as typed: grade ids and texts by question key ("2.1"), the overall grade id, the
 * themes ticked, strengths and areas to improve. Field names: {@code grade-2-1}, {@code text-2-1},
 * {@code overall}, {@code theme}, {@code strengths}, {@code areas}.
 */
record AuditForm(
    Map<String, String> grades,
    Map<String, String> texts,
    String overall,
    Set<Long> themes,
    String strengths,
    String areas) {

  /** What the audit holds now. */
  static AuditForm of(Audit audit) {
    Map<String, String> grades = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    audit
        .answers()
        .values()
        .forEach(
            a -> {
              if (a.grade() != null) {
                grades.put(a.key(), a.grade().id());
              }
              texts.put(a.key(), a.text());
            });
    Set<Long> themes = new HashSet<>();
    audit.themes().forEach(t -> themes.add(t.themeId()));
    return new AuditForm(
        grades,
        texts,
        audit.overallGrade() == null ? "" : audit.overallGrade().id(),
        themes,
        audit.strengths(),
        audit.areasToImprove());
  }

  /** What was posted, for the template's questions only. */
  static AuditForm of(TemplateVersion template, MultiValueMap<String, String> posted) {
    Map<String, String> grades = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (String key : AuditService.keys(template)) {
      String field = key.replace('.', '-');
      String grade = posted.getFirst("grade-" + field);
      if (grade != null && Grade.of(grade).isPresent()) {
        grades.put(key, grade);
      }
      texts.put(key, orEmpty(posted.getFirst("text-" + field)));
    }
    Set<Long> themes = new HashSet<>();
    for (String theme : posted.getOrDefault("theme", List.of())) {
      try {
        themes.add(Long.parseLong(theme));
      } catch (NumberFormatException e) {
        // Not one of the ids the page offered: ignored, as an unticked box.
      }
    }
    String overall = posted.getFirst("overall");
    return new AuditForm(
        grades,
        texts,
        overall != null && Grade.of(overall).isPresent() ? overall : "",
        themes,
        orEmpty(posted.getFirst("strengths")),
        orEmpty(posted.getFirst("areas")));
  }

  Completion completion() {
    Map<String, Grade> typed = new HashMap<>();
    grades.forEach((key, id) -> Grade.of(id).ifPresent(g -> typed.put(key, g)));
    return new Completion(
        typed, texts, Grade.of(overall).orElse(null), new ArrayList<>(themes), strengths, areas);
  }

  public String grade(String key) {
    return grades.getOrDefault(key, "");
  }

  public String text(String key) {
    return texts.getOrDefault(key, "");
  }

  public boolean hasTheme(long themeId) {
    return themes.contains(themeId);
  }

  /**
   * The ids of the fields holding more than {@link AuditService#MAX_TEXT} characters: refused with
   * an error rather than cut short.
   */
  List<String> tooLong() {
    List<String> fields = new ArrayList<>();
    texts.forEach(
        (key, text) -> {
          if (text.length() > AuditService.MAX_TEXT) {
            fields.add("text-" + key.replace('.', '-'));
          }
        });
    if (strengths.length() > AuditService.MAX_TEXT) {
      fields.add("strengths");
    }
    if (areas.length() > AuditService.MAX_TEXT) {
      fields.add("areas");
    }
    return fields;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
