package org.opencsc.reports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.opencsc.indicators.Rag;

/**
 * What a board pack says, before it is laid out: the council's figures for the twelve months to
 * {@code asAt}, by theme, the improvement plan's status and the case audits' results. Nothing in it
 * names or identifies a child.
 *
 * @param councilName the council's name ({@code opencsc.council.name})
 * @param asAt the date the figures describe
 * @param periodStart the first day of the twelve months
 * @param generatedAt when the pack was made
 * @param sections one per theme, in the indicator set's order
 * @param plan the improvement plan's status and the actions needing attention
 * @param audits the case audits' recent results and learning themes
 */
public record PackContent(
    String councilName,
    LocalDate asAt,
    LocalDate periodStart,
    OffsetDateTime generatedAt,
    List<PackSection> sections,
    PlanStatus plan,
    AuditSummary audits) {

  public PackContent {
    Objects.requireNonNull(councilName, "councilName");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(generatedAt, "generatedAt");
    sections = List.copyOf(sections);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(audits, "audits");
  }

  /** How many of the pack's figures stand at this RAG against their targets. */
  public long count(Rag rag) {
    return sections.stream().flatMap(s -> s.lines().stream()).filter(l -> l.rag() == rag).count();
  }

  /**
   * The figures that are red against their targets, in the pack's order: the board's first look.
   */
  public List<PackLine> red() {
    return sections.stream()
        .flatMap(s -> s.lines().stream())
        .filter(l -> l.rag() == Rag.RED)
        .toList();
  }
}
