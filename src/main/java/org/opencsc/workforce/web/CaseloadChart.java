package org.opencsc.workforce.web;

import java.util.ArrayList;
import java.util.List;
import org.opencsc.workforce.WorkforceReport;

/**
 * The council's caseload distribution as a horizontal bar chart drawn on the server (inline SVG, no
 * script): one bar a band, as long as its share of the longest. The caseloads table holds the same
 * numbers for those who cannot see the chart. Public so that the template can read it.
 *
 * @param bars the bars, top to bottom
 * @param height the drawing's height in pixels
 */
public record CaseloadChart(List<Bar> bars, int height) {

  static final int BAR_HEIGHT = 24;
  static final int GAP = 8;
  static final int MAX_WIDTH = 400;

  /** One bar: its band's label, workers in it, where it is drawn and how long it is. */
  public record Bar(String label, long workers, int y, int width) {}

  /** The chart of the council's bands, labelled {@code labels} (one a band, in order). */
  static CaseloadChart of(WorkforceReport report, List<String> labels) {
    List<Long> counts = report.council().bandCounts();
    long most = counts.stream().mapToLong(Long::longValue).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    for (int b = 0; b < report.bands().size(); b++) {
      long workers = counts.get(b);
      int width = most == 0 ? 0 : (int) Math.round((double) MAX_WIDTH * workers / most);
      bars.add(new Bar(labels.get(b), workers, b * (BAR_HEIGHT + GAP), width));
    }
    return new CaseloadChart(bars, bars.size() * (BAR_HEIGHT + GAP));
  }
}
