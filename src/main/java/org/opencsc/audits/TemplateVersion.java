package org.opencsc.audits;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved version of a template: its name then, who saved it and when, and its sections (empty in
 * a list of versions, where only the header is read).
 */
public record TemplateVersion(
    long versionId,
    long templateId,
    int version,
    String name,
    String savedBy,
    Instant savedAt,
    List<TemplateSection> sections) {

  public TemplateVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(savedBy, "savedBy");
    Objects.requireNonNull(savedAt, "savedAt");
    sections = List.copyOf(sections);
  }

  TemplateVersion withSections(List<TemplateSection> sections) {
    return new TemplateVersion(versionId, templateId, version, name, savedBy, savedAt, sections);
  }

  /** The number of questions in all sections. */
  public int questionCount() {
    return sections.stream().mapToInt(s -> s.questions().size()).sum();
  }
}
