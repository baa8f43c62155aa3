package org.opencsc.improvement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.improvement.ActionRag;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.Finding;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.Inspection;
import org.opencsc.web.Breadcrumb;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the improvement pages share: the breadcrumb to the plan, names of things, today. */
@Component
class ImprovementPages {

  static final Breadcrumb PLAN =
      Breadcrumb.message("improvement.plan.title", "/improvement/actions");

  static final ZoneId UK = ImprovementPlan.UK;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSource messages;
  private final CouncilStructureService council;
  private final ImprovementPlan plan;

  ImprovementPages(MessageSource messages, CouncilStructureService council, ImprovementPlan plan) {
    this.messages = messages;
    this.council = council;
    this.plan = plan;
  }

  /** The served snapshot's service areas, id to name, by name; none before the first load. */
  public Map<String, String> serviceAreas() {
    Map<String, String> areas = new LinkedHashMap<>();
    council
        .servedSnapshot()
        .ifPresent(s -> council.serviceAreas(s).forEach(a -> areas.put(a.id(), a.name())));
    return areas;
  }

  /** Today's date in England, by the application's clock. */
  public LocalDate today() {
    return plan.today();
  }

  /** "ILACS, 12 March 2025": an inspection's name in breadcrumbs and lists. */
  public String name(Inspection inspection) {
    return text(inspection.kind().label()) + ", " + DAY.format(inspection.inspectedOn());
  }

  public String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  /** A moment as the council reads it: UK time. */
  public java.time.LocalDateTime local(java.time.OffsetDateTime at) {
    return at.atZoneSameInstant(UK).toLocalDateTime();
  }

  /** A value of an action's history as the page says it: labels for status and RAG, dates long. */
  public String value(String field, @Nullable String stored) {
    if (stored == null) {
      return "";
    }
    return switch (field) {
      case "status" -> text(ActionStatus.of(stored).label());
      case "rag" -> text(ActionRag.of(stored).label());
      case "start_date", "due_date" -> DAY.format(LocalDate.parse(stored));
      default -> stored;
    };
  }

  /** A finding with how many actions answer it. */
  record FindingRow(Finding finding, int actions) {}
}
