package org.opencsc.indicators.internal;

import java.util.List;
import java.util.Map;
import org.opencsc.indicators.Indicator;

/** Renders docs/indicators.md from the definitions (see IndicatorDocsTest). */
final class IndicatorDocs {

  static final Map<String, String> GROUP_TITLES =
      Map.of(
          "front-door", "Front door: contacts and referrals",
          "assessment", "Assessment and section 47 enquiries",
          "child-protection", "Child protection",
          "children-in-need", "Children in need",
          "children-in-care", "Children in care",
          "care-leavers", "Care leavers",
          "workforce", "Workforce");

  private IndicatorDocs() {}

  static String render(List<Definition> definitions) {
    StringBuilder page = new StringBuilder(INTRO);
    String group = "";
    for (Definition d : definitions) {
      Indicator i = d.indicator();
      if (!i.group().equals(group)) {
        group = i.group();
        page.append("\n## ").append(GROUP_TITLES.get(group)).append("\n");
      }
      page.append("\n### ").append(i.title()).append(" (`").append(i.id()).append("`)\n\n");
      page.append(i.description()).append("\n\n");
      page.append("- **Numerator:** ").append(i.numerator()).append('\n');
      page.append("- **Denominator:** ").append(i.denominator()).append('\n');
      page.append("- **Unit:** ")
          .append(i.unit().id())
          .append(" · **Better:** ")
          .append(i.polarity().id())
          .append(" · **Rows:** ")
          .append(i.subject() == Indicator.Subject.CHILD ? "children" : "workers")
          .append('\n');
      page.append("- **Source:** ").append(i.source()).append('\n');
      page.append("- **Definition:** [")
          .append(i.id())
          .append(".sql](../src/main/resources/org/opencsc/indicators/definitions/")
          .append(i.id())
          .append(".sql)");
      if (d.sharesRows()) {
        page.append(", the rows of `").append(d.rowsOf()).append("` (worked out once for both)");
      }
      page.append('\n');
    }
    return page.toString();
  }

  static final String INTRO =
      """
      # Indicators

      <!-- Generated from src/main/resources/org/opencsc/indicators/definitions/*.sql by
           IndicatorDocsTest: edit the definitions' headers, not this page. -->

      Each indicator is defined once, as one SQL file whose header says what it measures and whose
      query returns the rows behind it: one row per referral, assessment, plan, child or worker,
      with what it adds to the numerator and the denominator. The figure for the council, a service
      area, a team and a worker and the list of children behind any of those figures all come from
      the same rows (`IndicatorService`), so they cannot disagree, and a team's figures add up to
      its service area's and those to the council's. An indicator whose rows are exactly another's
      (a rate per 10,000 children and the count it divides) says `-- rows: <that id>` instead of
      repeating the query: the two share their rows, and all the indicators are worked out with each
      set of rows computed once.

      **Period.** Every indicator can be worked out as at any date the served snapshot covers and for
      any period ending then (both days included). Without a start the period is the twelve months
      ending on the as-at date: for 31 March, the DfE's collection year (1 April to 31 March).
      "At the period end" means open at the end of its last day: a plan or episode ending on 31 March
      is not open on 31 March.

      **Attribution.** A child's row counts for one worker, and so for that worker's team and service
      area. `event` (the default): the worker whose allocation covered the row's event date (the
      assessment's authorisation, the referral, the plan's start); failing that the first worker
      allocated after it (up to the as-at date), failing that the last before it. An event after
      the as-at date counts as on it, and an allocation that ends the day it starts (held the child
      on no day) counts for nothing. `current`: the same rule on the as-at date (who holds the case
      now). A child never allocated counts as *unallocated* at every level below the council. The
      choice is kept, at import, for every stretch of each child's time line (`allocation_span`),
      so a row finds its worker with one index look-up. An indicator with hundreds of thousands of
      rows on a national council (a row per referral, contact or assessment of the period, or per
      child in need) says `-- volume: high`: its rows find their workers in each child's stretches
      kept as one row of arrays (`allocation_timeline`), joined to all its children at once, which
      on such numbers is faster than a look-up a row. The rule and the answer are the same. A
      worker's row (caseload, supervision) counts for the team the worker was in on the date, by
      the same rule.

      **Working days** exclude weekends and England and Wales bank holidays
      ([calendar.md](calendar.md)): the working days from A to B are those after A up to and
      including B, so the same day is 0.

      **Local standards** (`opencsc.indicators.local-standards.*`) where England has none: a child
      seen within 5 working days of referral, child protection visits every 10 working days, child in
      need visits every 20, supervision every 20, and a caseload threshold of 18 children per
      full-time worker.

      **Units.** `percent` = 100 × numerator / denominator; `count` = numerator; `rate_per_10000` =
      10,000 × numerator / the council's child population (`opencsc.council.child-population`, council
      level only); `mean` = numerator / denominator.

      **Where to get them.** `java -jar opencsc.jar indicators --as-at 2025-03-31 [--from …]
      [--level council|service-area|team|worker] [--attribution event|current] [--format csv|json]`,
      or the JSON API under `/api/indicators` (OpenAPI description at `/v3/api-docs`), both with one
      record per indicator and unit: `indicator`, `level`, `unit_id`, `unit_name`, `numerator`,
      `denominator`, `value`, `unit_of_measure`, `as_at`, `period_start`, `period_end`. The rows
      behind a figure (`GET /api/indicators/{id}/rows?level=team&unit=T3&side=numerator`) come a
      page at a time, in list order (event date, child, record): `offset` rows skipped and at most
      `limit` returned (1,000 unless asked, at most 10,000), with the whole list's length in
      `X-Total-Count` and the next page's address in a `Link: <…>; rel="next"` header while rows
      remain. Rows list only the children the login may see (a social worker's, a team's or a service
      area's, allocated on the served snapshot's date or in the twelve months before; every child for a
      director, analyst or administrator); an improvement board member gets 403. Each answer is written
      to the access log. The web pages over these figures are described in
      [web-indicators.md](web-indicators.md).
      """;
}
