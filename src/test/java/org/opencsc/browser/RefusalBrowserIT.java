package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a login may not see, asked for by typing the address (not by a link the page offers): the
 * HTTP status the browser receives, and that the page shows none of the refused children.
 *
 * <p>A social worker's lists are filtered to the children allocated to them (now or in the last
 * twelve months), so another team's list of children opens with none of that team's children on it;
 * pages of child-level data that are not theirs, and the load history, are refused with 403. An
 * improvement board member is refused every list of children.
 */
class RefusalBrowserIT {

  /** A login asking for an address, and the HTTP status it must get. */
  record Refusal(String login, Function<DemoCouncil, String> path, int status) {}

  static final List<Refusal> REFUSALS =
      List.of(
          new Refusal("worker", council -> "/children/" + council.otherTeamChildId(), 403),
          new Refusal("manager", council -> "/children/" + council.otherTeamChildId(), 403),
          new Refusal("board", council -> "/children/" + council.otherTeamChildId(), 403),
          new Refusal("worker", council -> "/teams/" + council.otherTeamId() + "/work", 403),
          new Refusal("worker", council -> "/loads", 403),
          new Refusal("worker", council -> "/indicators/targets", 403),
          new Refusal("board", council -> "/teams/" + council.otherTeamId() + "/children", 403),
          new Refusal("board", council -> "/structure/unallocated-children", 403));

  private final BrowserApp app = BrowserApp.get();

  @Test
  void aSocialWorkerSeesNoneOfAnotherTeamsChildren() {
    DemoCouncil council = app.council();
    try (BrowserSession session = new BrowserSession(app, "refused-other-team")) {
      session.signIn("worker", BrowserApp.PASSWORD);
      Response response = session.open("/teams/" + council.otherTeamId() + "/children");
      Page page = session.page();

      assertThat(response.status()).isEqualTo(200);
      assertThat(page.locator("tr[id='child-" + council.otherTeamChildId() + "']").count())
          .isZero();
      assertThat(page.locator("tr[id^='child-']").count()).isZero();
      session.check("other-team-children");
    }
    // the same list, for a director, has that child: the worker's list was filtered, not empty
    try (BrowserSession session = new BrowserSession(app, "director-other-team")) {
      session.signIn("director", BrowserApp.PASSWORD);
      session.open("/teams/" + council.otherTeamId() + "/children");
      assertThat(
              session.page().locator("tr[id='child-" + council.otherTeamChildId() + "']").count())
          .isOne();
    }
  }

  @Test
  void refusedAddressesAnswer403WithTheAccessPage() {
    DemoCouncil council = app.council();
    for (Refusal refusal : REFUSALS) {
      String path = refusal.path().apply(council);
      try (BrowserSession session =
          new BrowserSession(app, "refused-" + refusal.login() + path.replace('/', '-'))) {
        session.signIn(refusal.login(), BrowserApp.PASSWORD);
        Response response = session.open(path);

        assertThat(response.status()).as(refusal.login() + " " + path).isEqualTo(refusal.status());
        assertThat(session.page().locator("h1").innerText())
            .isEqualTo("You do not have access to this page");
        assertThat(session.page().locator("tr[id^='child-']").count()).isZero();
        session.check("refused");
      }
    }
  }
}
