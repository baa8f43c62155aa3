package org.opencsc.indicators.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Comparison;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.NotFoundException;
import org.opencsc.web.PagePanel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview, every login's first page: the headline indicators for the whole council with their
 * RAG, trend, benchmarks and change since last night and last month. Figures only, so an
 * improvement board member sees all of it.
 */
@Controller
class OverviewController {

  static final String NO_SNAPSHOT = "council/no-snapshot";

  private final CouncilStructureService council;
  private final Headlines headlines;
  private final ObjectProvider<PagePanel> panels;

  OverviewController(
      CouncilStructureService council, Headlines headlines, ObjectProvider<PagePanel> panels) {
    this.council = council;
    this.headlines = headlines;
    this.panels = panels;
  }

  @GetMapping("/")
  String overview(Model model) {
    Optional<ServedSnapshot> served = council.servedSnapshot();
    if (served.isEmpty()) {
      return NO_SNAPSHOT;
    }
    ServedSnapshot snapshot = served.get();
    model.addAttribute("asAt", snapshot.asAt());
    model.addAttribute("periodStart", ServedFigures.period(snapshot).start());
    model.addAttribute("headlines", headlines.of(snapshot));
    // what other features add below the headlines (the improvement plan's late actions)
    model.addAttribute(
        "panels",
        panels
            .orderedStream()
            .filter(p -> p.page().equals("overview"))
            .map(PagePanel::show)
            .filter(Objects::nonNull)
            .toList());
    return "indicators/overview";
  }

  @GetMapping(path = "/", params = "format")
  ResponseEntity<byte[]> download(@RequestParam String format) {
    ServedSnapshot snapshot =
        council.servedSnapshot().orElseThrow(() -> new NotFoundException("no data loaded"));
    return Downloads.of(format, table(headlines.of(snapshot)), "overview-" + snapshot.asAt());
  }

  static DownloadTable table(List<Headline> headlines) {
    DownloadTable table =
        new DownloadTable("Overview")
            .text("Indicator id")
            .text("Indicator")
            .text("Unit")
            .date("As at")
            .date("Period start")
            .decimal("Value")
            .decimal("Numerator")
            .decimal("Denominator")
            .decimal("Target")
            .decimal("Amber tolerance")
            .text("RAG")
            .decimal("England")
            .text("England year")
            .decimal("Region")
            .text("Region year")
            .decimal("Change since last night")
            .date("Last night's figure as at")
            .decimal("Change since last month")
            .date("Last month's figure as at");
    for (Headline h : headlines) {
      Comparison c = h.comparison();
      table.row(
          h.indicator().id(),
          h.indicator().title(),
          h.indicator().unit().id(),
          c.asAt(),
          c.periodStart(),
          c.value(),
          h.figure() == null ? null : h.figure().numerator(),
          h.figure() == null ? null : h.figure().denominator(),
          c.target(),
          c.amberTolerance(),
          c.rag().id(),
          c.england() == null ? null : c.england().value(),
          c.england() == null ? null : c.england().year(),
          c.region() == null ? null : c.region().value(),
          c.region() == null ? null : c.region().year(),
          h.sinceLastNight() == null ? null : h.sinceLastNight().difference(),
          h.sinceLastNight() == null ? null : h.sinceLastNight().beforeAsAt(),
          h.sinceLastMonth() == null ? null : h.sinceLastMonth().difference(),
          h.sinceLastMonth() == null ? null : h.sinceLastMonth().beforeAsAt());
    }
    return table;
  }
}
