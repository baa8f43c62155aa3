package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every type of page, opened by an administrator (who may open all of them) in Chromium: it answers
 * with the expected status, and axe-core finds no violation on it. One line of {@link #PAGES} a
 * page type; the sign-in page and its error state are checked by {@link SignInBrowserIT}, the "no
 * access" page by {@link RefusalBrowserIT}.
 */
class PageTypesBrowserIT {

  /** A type of page: its name, the address of one of its kind, and the status it answers. */
  record PageType(String name, Function<DemoCouncil, String> path, int status) {}

  static final List<PageType> PAGES =
      List.of(
          new PageType("overview", council -> "/", 200),
          new PageType("indicator", council -> "/indicators/referrals", 200),
          new PageType(
              "indicator-unit",
              council -> "/indicators/caseload_per_worker/units/team/" + council.teamId(),
              200),
          new PageType(
              "indicator-rows",
              council ->
                  "/indicators/caseload_per_worker/rows/team/" + council.teamId() + "/denominator",
              200),
          new PageType(
              "unit-indicators", council -> "/indicators/units/team/" + council.teamId(), 200),
          new PageType("child", council -> "/children/" + council.otherTeamChildId(), 200),
          new PageType("my-work", council -> "/my-work", 200),
          new PageType("team-work", council -> "/teams/" + council.teamId() + "/work", 200),
          new PageType("data-quality", council -> "/data-quality", 200),
          new PageType(
              "data-quality-children", council -> "/data-quality/children?with-none=true", 200),
          new PageType(
              "data-quality-child",
              council -> "/data-quality/children/" + council.otherTeamChildId(),
              200),
          new PageType("workforce", council -> "/workforce", 200),
          new PageType("access-log", council -> "/admin/access-log", 200),
          new PageType("structure", council -> "/structure", 200),
          new PageType("unallocated-children", council -> "/structure/unallocated-children", 200),
          new PageType("service-area", council -> "/service-areas/" + council.serviceAreaId(), 200),
          new PageType(
              "service-area-children",
              council -> "/service-areas/" + council.serviceAreaId() + "/children",
              200),
          new PageType("team", council -> "/teams/" + council.teamId(), 200),
          new PageType("team-children", council -> "/teams/" + council.teamId() + "/children", 200),
          new PageType("worker", council -> "/workers/" + council.workerId(), 200),
          new PageType("loads", council -> "/loads", 200),
          new PageType("load", council -> "/loads/9101", 200),
          new PageType("load-filtered", council -> "/loads/9101?severity=error", 200),
          new PageType("targets", council -> "/indicators/targets", 200),
          new PageType("target", council -> "/indicators/targets/cla_at_period_end", 200),
          new PageType("not-found", council -> "/teams/no-such-team", 404),
          new PageType("bad-request", council -> "/loads?page=abc", 400));

  private final BrowserApp app = BrowserApp.get();

  @Test
  void everyPageTypeHasNoAccessibilityViolation() {
    DemoCouncil council = app.council();
    try (BrowserSession session = new BrowserSession(app, "page-types")) {
      session.signIn("admin", BrowserApp.PASSWORD);
      List<String> problems = new ArrayList<>();
      for (PageType type : PAGES) {
        Response response = session.open(type.path().apply(council));

        assertThat(response.status()).as(type.name()).isEqualTo(type.status());
        session
            .problems(type.name())
            .forEach(problem -> problems.add(type.name() + ": " + problem));
      }
      assertThat(problems).as("accessibility violations and policy breaches").isEmpty();
    }
  }
}
