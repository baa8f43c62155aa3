package org.opencsc.audits;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.SqlFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit templates. A save never changes a version: it adds the template's next one, so an audit
 * keeps reading the questions it was started on and every older version stays readable.
 */
@Service
public class AuditTemplates {

  /** The longest template name kept. */
  public static final int MAX_NAME = 200;

  private final JdbcClient jdbc;
  private final Map<String, String> sql = new LinkedHashMap<>();

  AuditTemplates(JdbcClient jdbc) {
    this.jdbc = jdbc;
    for (String name :
        List.of(
            "template_versions",
            "template_version",
            "template_questions",
            "insert_template",
            "insert_template_version",
            "insert_template_section",
            "insert_template_question")) {
      sql.put(name, SqlFile.load(AuditTemplates.class, "sql/" + name + ".sql"));
    }
  }

  /** Each template's newest version (without its sections), by name. */
  @Transactional(readOnly = true)
  public List<TemplateVersion> templates() {
    return versions(null, true);
  }

  /** Every version of the template, newest first (without their sections). */
  @Transactional(readOnly = true)
  public List<TemplateVersion> versions(long templateId) {
    return versions(templateId, false);
  }

  /** The template's newest version with its sections. */
  @Transactional(readOnly = true)
  public Optional<TemplateVersion> latest(long templateId) {
    return versions(templateId, true).stream().findFirst().map(this::withSections);
  }

  /** One version of the template with its sections. */
  @Transactional(readOnly = true)
  public Optional<TemplateVersion> version(long templateId, int version) {
    return versions(templateId, false).stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .map(this::withSections);
  }

  /** A version by its id with its sections (the version an audit was started on). */
  @Transactional(readOnly = true)
  public Optional<TemplateVersion> byVersionId(long versionId) {
    return jdbc.sql(sql.get("template_version"))
        .param("version_id", versionId)
        .query(
            (rs, n) ->
                new TemplateVersion(
                    rs.getLong("version_id"),
                    rs.getLong("template_id"),
                    rs.getInt("version"),
                    rs.getString("name"),
                    rs.getString("saved_by"),
                    rs.getTimestamp("saved_at").toInstant(),
                    List.of()))
        .optional()
        .map(this::withSections);
  }

  /**
   * Saves {@code sections} as the template's next version (a new template when {@code templateId}
   * is null) and returns it. The sections come from {@link TemplateText#parse}, without problems.
   */
  @Transactional
  public TemplateVersion save(
      @Nullable Long templateId, String name, List<TemplateSection> sections, String savedBy) {
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("a template needs a section");
    }
    long id =
        templateId != null
            ? templateId
            : jdbc.sql(sql.get("insert_template")).param("name", name).query(Long.class).single();
    long versionId =
        jdbc.sql(sql.get("insert_template_version"))
            .param("template_id", id)
            .param("name", name)
            .param("saved_by", savedBy)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("no template " + id));
    for (TemplateSection section : sections) {
      jdbc.sql(sql.get("insert_template_section"))
          .param("version_id", versionId)
          .param("section_no", section.no())
          .param("title", section.title())
          .update();
      for (TemplateQuestion question : section.questions()) {
        jdbc.sql(sql.get("insert_template_question"))
            .param("version_id", versionId)
            .param("section_no", section.no())
            .param("question_no", question.no())
            .param("kind", question.kind().id())
            .param("text", question.text())
            .param("guidance", question.guidance())
            .update();
      }
    }
    return byVersionId(versionId).orElseThrow();
  }

  private List<TemplateVersion> versions(@Nullable Long templateId, boolean latestOnly) {
    return jdbc.sql(sql.get("template_versions"))
        .param("template_id", templateId, Types.BIGINT)
        .param("latest_only", latestOnly)
        .query(
            (rs, n) ->
                new TemplateVersion(
                    rs.getLong("version_id"),
                    rs.getLong("template_id"),
                    rs.getInt("version"),
                    rs.getString("name"),
                    rs.getString("saved_by"),
                    rs.getTimestamp("saved_at").toInstant(),
                    List.of()))
        .list();
  }

  private TemplateVersion withSections(TemplateVersion version) {
    Map<Integer, String> titles = new LinkedHashMap<>();
    Map<Integer, List<TemplateQuestion>> questions = new LinkedHashMap<>();
    jdbc.sql(sql.get("template_questions"))
        .param("version_id", version.versionId())
        .query(
            rs -> {
              int section = rs.getInt("section_no");
              titles.put(section, rs.getString("title"));
              questions
                  .computeIfAbsent(section, s -> new ArrayList<>())
                  .add(
                      new TemplateQuestion(
                          rs.getInt("question_no"),
                          QuestionKind.of(rs.getString("kind")).orElseThrow(),
                          rs.getString("text"),
                          rs.getString("guidance")));
            });
    List<TemplateSection> sections = new ArrayList<>();
    titles.forEach((no, title) -> sections.add(new TemplateSection(no, title, questions.get(no))));
    return version.withSections(sections);
  }
}
