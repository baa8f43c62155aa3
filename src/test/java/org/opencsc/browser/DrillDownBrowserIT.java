package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The drill a Director makes every morning, by clicking links as a person would: from the landing
 * page to the demo worker's service area, their team, the worker, and the children allocated to
 * them. Each step is one line of {@link #steps}: the link to click, the address it must reach and
 * what the page must show. Every page is screenshot and checked with axe-core.
 */
class DrillDownBrowserIT {

  /** One click of the drill: the link to follow, where it leads, and what that page shows. */
  record Step(String name, Function<Page, Locator> link, String path, String shows) {}

  private final BrowserApp app = BrowserApp.get();

  static List<Step> steps(DemoCouncil council) {
    return List.of(
        new Step(
            "service-area",
            page -> row(page, "service-area-" + council.serviceAreaId()),
            "/service-areas/" + council.serviceAreaId(),
            "tr[id^='team-']"),
        new Step(
            "team",
            page -> row(page, "team-" + council.teamId()),
            "/teams/" + council.teamId(),
            "tr[id^='worker-']"),
        new Step(
            "worker",
            page -> row(page, "worker-" + council.workerId()),
            "/workers/" + council.workerId(),
            "tr[id^='child-']"));
  }

  @Test
  void aDirectorDrillsFromTheCouncilStructureToAWorkersChildren() {
    DemoCouncil council = app.council();
    try (BrowserSession session = new BrowserSession(app, "drill-down")) {
      session.signIn("director", BrowserApp.PASSWORD);
      session.open("/structure");
      Page page = session.page();
      for (Step step : steps(council)) {
        step.link().apply(page).click();
        page.waitForLoadState();

        assertThat(URI.create(page.url()).getPath()).as(step.name()).isEqualTo(step.path());
        assertThat(page.locator(step.shows()).count()).as(step.name()).isPositive();
        session.check(step.name());
      }
      // the worker's children are the ones allocated to them on the served date
      assertThat(page.locator("tr[id^='child-']").count())
          .isEqualTo(
              app.jdbc()
                  .sql(
                      """
                      select count(distinct a.child_id)
                        from current_snapshot c join snapshot s using (snapshot_id)
                        join allocation a using (snapshot_id)
                       where a.worker_id = :worker and a.start_date <= s.as_at
                         and (a.end_date is null or a.end_date > s.as_at)
                      """)
                  .param("worker", council.workerId())
                  .query(Integer.class)
                  .single());
    }
  }

  @Test
  void aDirectorDrillsFromTheOverviewToAChildBehindAFigure() {
    try (BrowserSession session = new BrowserSession(app, "drill-to-child")) {
      session.signIn("director", BrowserApp.PASSWORD);
      Page page = session.page();
      assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
      session.check("overview");

      page.locator("tr[id='headline-referrals'] a").first().click();
      page.waitForLoadState();
      assertThat(URI.create(page.url()).getPath()).isEqualTo("/indicators/referrals");
      assertThat(page.locator("#breakdown-team tbody tr").count()).isPositive();
      session.check("indicator");

      // the first team whose numerator is not zero: the referrals behind it
      page.locator("#breakdown-team tbody tr td a")
          .filter(new Locator.FilterOptions().setHasNotText(java.util.regex.Pattern.compile("^0$")))
          .first()
          .click();
      page.waitForLoadState();
      assertThat(URI.create(page.url()).getPath())
          .startsWith("/indicators/referrals/rows/team/")
          .endsWith("/numerator");
      assertThat(page.locator("#rows tbody tr").count()).isPositive();
      session.check("rows");

      Locator child = page.locator("#rows tbody tr a[href^='/children/']").first();
      String childId = child.innerText().strip();
      child.click();
      page.waitForLoadState();
      assertThat(URI.create(page.url()).getPath()).isEqualTo("/children/" + childId);
      assertThat(page.locator("h1").innerText()).contains(childId);
      assertThat(page.locator("tr[id^='event-']").count()).isPositive();
      session.check("child");
    }
  }

  /** The link in the row header of table row {@code id}. */
  private static Locator row(Page page, String id) {
    return page.locator("tr[id='" + id + "'] th a");
  }
}
