package org.opencsc.ingest.web;

import java.util.Map;
import org.opencsc.web.Breadcrumb;
import org.springframework.ui.Model;

/** What the load history pages share: the colours of their tags and the way back to the list. */
final class LoadPages {

  /** The GOV.UK tag colour of each run outcome. */
  static final Map<String, String> OUTCOME_COLOURS =
      Map.of(
          "running", "govuk-tag--light-blue",
          "loaded", "govuk-tag--green",
          "validated", "govuk-tag--turquoise",
          "unchanged", "govuk-tag--grey",
          "nothing to load", "govuk-tag--yellow",
          "failed", "govuk-tag--red",
          "interrupted", "govuk-tag--orange");

  /** The GOV.UK tag colour of each finding severity. */
  static final Map<String, String> SEVERITY_COLOURS =
      Map.of(
          "error", "govuk-tag--red",
          "query", "govuk-tag--yellow",
          "file", "govuk-tag--orange");

  static final Breadcrumb LOAD_HISTORY = Breadcrumb.message("loads.title", "/loads");

  private LoadPages() {}

  static void addTagColours(Model model) {
    model.addAttribute("outcomeColours", OUTCOME_COLOURS);
    model.addAttribute("severityColours", SEVERITY_COLOURS);
  }
}
