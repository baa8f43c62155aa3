package org.opencsc.drilldown.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.drilldown.CaseHolder;
import org.opencsc.drilldown.ChildRecord;
import org.opencsc.drilldown.ChildSummary;
import org.opencsc.drilldown.TimelineEntry;

/**
 * The child page's view model: the record, with its codes already in words ({@link TimelineText})
 * so that the page and the downloads read the same.
 */
record ChildPage(
    ChildRecord record,
    @Nullable String legalStatus,
    @Nullable String placement,
    List<Line> timeline,
    List<Holder> caseHolders) {

  /**
   * One line of the timeline, in words; {@code id} is unique on the page (kind and record id);
   * {@code open} for a lasting record (a plan, an episode) with no end yet.
   */
  record Line(
      String id,
      LocalDate date,
      @Nullable LocalDate endDate,
      String event,
      String details,
      String recordId,
      boolean open) {}

  /** One worker who held the case, with the reason the allocation ended in words. */
  record Holder(CaseHolder holder, @Nullable String changeReason) {}

  static ChildPage of(ChildRecord record, TimelineText text) {
    ChildSummary child = record.summary();
    LocalDate episodeStart = child.episodeStart() == null ? record.asAt() : child.episodeStart();
    return new ChildPage(
        record,
        text.code("legal_status", child.legalStatus(), episodeStart),
        text.code("placement", child.placement(), episodeStart),
        record.timeline().stream().map(entry -> line(entry, text)).toList(),
        record.caseHolders().stream()
            .map(
                holder ->
                    new Holder(
                        holder,
                        text.code(
                            "change_reason",
                            holder.changeReason(),
                            holder.endDate() == null ? holder.startDate() : holder.endDate())))
            .toList());
  }

  private static Line line(TimelineEntry entry, TimelineText text) {
    return new Line(
        entry.kind().key() + "-" + entry.recordId(),
        entry.date(),
        entry.endDate(),
        text.kind(entry.kind()),
        text.details(entry),
        entry.recordId(),
        entry.kind().lasting() && entry.endDate() == null);
  }
}
