package org.opencsc.drilldown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.Scope;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child page on the hand-built record of {@code child-record.sql}, whose header works out the
 * timeline, the workers who held the case and who may see it. Each test runs in a transaction that
 * is rolled back; the access log is written in transactions of its own, so each test signs in with
 * a login name of its own and reads back only its lines.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/drilldown/child-record.sql")
class ChildRecordIT {

  static final List<String> TIMELINE =
      List.of(
          "pep-PEP1",
          "assessment-AS3",
          "cla-review-RV1",
          "missing-ME1",
          "health-check-H2",
          "cla-visit-CLV1",
          "health-check-H1",
          "episode-E2",
          "assessment-AS2",
          "episode-E1",
          "cin-visit-CINV1",
          "cin-plan-CIN1",
          "cp-review-CR1",
          "cp-visit-CV1",
          "cp-plan-P1",
          "icpc-I1",
          "section47-S1",
          "strategy-discussion-SD1",
          "assessment-AS1",
          "referral-R1",
          "contact-CT2",
          "early-help-EH1",
          "contact-CT1");

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired IndicatorService indicators;
  @Autowired ChildRecordService records;

  @Test
  void theDirectorSeesWhoTheChildIsNow() throws Exception {
    Document page = page("/children/C1", TestUsers.director());

    assertThat(page.select("h1").text()).isEqualTo("Child C1");
    assertThat(summary(page))
        .containsExactly(
            "Child ID C1",
            "Age 11",
            "Sex Female",
            "Open as Looked after",
            "Worker Dev Patel",
            "Team Looked After Children",
            "Allocated since 2 Feb 2026",
            "Legal status Full care order (C2)",
            "Placement Foster placement with other foster carer(s): long term fostering (U4)",
            "In this placement since 10 Jan 2026");
    assertThat(page.getElementById("summary-worker").selectFirst("a").attr("href"))
        .isEqualTo("/workers/W4");
    assertThat(page.text()).contains("Data as at 31 March 2026");
  }

  @Test
  void theTimelineIsNewestFirstWithCodesInWords() throws Exception {
    Document page = page("/children/C1", TestUsers.director());

    assertThat(page.select("tr[id^=event-]").eachAttr("id"))
        .containsExactlyElementsOf(TIMELINE.stream().map(id -> "event-" + id).toList());
    assertThat(cells(page, "event-assessment-AS1"))
        .containsExactly(
            "3 Jun 2024",
            "Assessment",
            "20 Aug 2024",
            "Child seen: 5 Jun 2024; Authorised after working days: 56;"
                + " Within 45 working days: No; Outcome: Child in need of support");
    assertThat(cells(page, "event-assessment-AS2").get(3))
        .contains("Authorised after working days: 20; Within 45 working days: Yes");
    assertThat(cells(page, "event-assessment-AS3"))
        .containsExactly(
            "2 Mar 2026", "Assessment", "Open", "Child seen: 3 Mar 2026; Working days so far: 21");
    assertThat(cells(page, "event-contact-CT2"))
        .containsExactly(
            "3 Jun 2024",
            "Contact",
            "",
            "Source: Police (6); Outcome: Referral to children\u2019s social care");
    assertThat(cells(page, "event-episode-E1").get(3))
        .isEqualTo(
            "Reason for new episode: Started to be looked after (S);"
                + " Legal status: Single period of accommodation under section 20"
                + " (Children Act 1989) (V2);"
                + " Placement: Foster placement with other foster carer(s):"
                + " not long term nor fostering for adoption (U6);"
                + " Category of need: Abuse or neglect (N1);"
                + " Reason placement changed: Change to or implementation of the care plan (CARPL);"
                + " Reason ended: Episode ceases and a new episode begins on the same day (X1)");
    assertThat(cells(page, "event-cp-plan-P1"))
        .containsExactly(
            "24 Jun 2024",
            "Child protection plan",
            "30 Jun 2025",
            "Initial category of abuse: Neglect (NEG);"
                + " Latest category of abuse: Emotional abuse (EMO); Previous plans: 0");
    assertThat(cells(page, "event-missing-ME1"))
        .containsExactly(
            "14 Feb 2026",
            "Missing or away",
            "15 Feb 2026",
            "Missing or away: Missing (M); Return home interview offered: Yes;"
                + " Return home interview accepted: No");
    assertThat(cells(page, "event-cla-review-RV1").get(3))
        .isEqualTo("Participation: Child attends and speaks for themselves (PN1)");
    assertThat(cells(page, "event-health-check-H2").get(3)).isEqualTo("Check: Dental check");
    assertThat(cells(page, "event-cp-review-CR1").get(3)).isEmpty();
    assertThat(page.text()).doesNotContain("OLD1");
  }

  @Test
  void theWorkersWhoHeldTheCaseAndTheChangesIn12Months() throws Exception {
    Document page = page("/children/C1", TestUsers.director());

    assertThat(page.select("tr[id^=allocation-]").eachAttr("id"))
        .containsExactly(
            "allocation-A6",
            "allocation-A5",
            "allocation-A4",
            "allocation-A3",
            "allocation-A2",
            "allocation-A1");
    assertThat(cells(page, "allocation-A5"))
        .containsExactly(
            "Fay Green",
            "Looked After Children",
            "5 Jan 2026",
            "2 Feb 2026",
            "Absence cover or return from absence (ABSENC)");
    assertThat(cells(page, "allocation-A6"))
        .containsExactly("Dev Patel", "Looked After Children", "2 Feb 2026", "Still allocated", "");
    // A2 ended on 31 March 2025 and is not counted; W4 held the case twice and counts once
    assertThat(page.getElementById("worker-changes").text())
        .isEqualTo(
            "2 changes of social worker in the 12 months from 1 Apr 2025 to 31 Mar 2026"
                + " (3 different social workers held the case).");
  }

  @Test
  void aCareLeaverNeverAllocated() throws Exception {
    Document page = page("/children/C3", TestUsers.director());

    assertThat(summary(page)).contains("Open as Care leaver", "Worker Not allocated");
    assertThat(page.select("tr[id^=allocation-]")).isEmpty();
    assertThat(page.getElementById("worker-changes").text())
        .startsWith("No changes of social worker")
        .endsWith("(no social worker held the case).");
    assertThat(cells(page, "event-care-leaver-contact-CL1").get(3))
        .isEqualTo(
            "In touch: In touch (YES); Activity: Full time in higher education (F1);"
                + " Accommodation: Semi-independent, transitional accommodation: suitable (D1)");
  }

  @Test
  void theWorkersAreCountedAsTheIndicatorCountsThem() {
    ServedSnapshot snapshot = new ServedSnapshot(9201, AS_AT);

    assertThat(
            indicators.rows(
                Period.yearTo(AS_AT),
                "children_with_3_or_more_social_workers",
                Level.COUNCIL,
                "council",
                Side.DENOMINATOR))
        .filteredOn(row -> row.childId().equals("C1"))
        .extracting(FactRow::detail)
        .containsExactly("3 social workers in the 12 months from 2025-04-01: W3, W4, W6");
    assertThat(records.record(snapshot, "C1", Scope.ALL).orElseThrow().workersIn12Months())
        .isEqualTo(3);
  }

  @Test
  void theQueriesThemselvesKeepAChildOutsideTheScope() {
    ServedSnapshot snapshot = new ServedSnapshot(9201, AS_AT);

    assertThat(records.record(snapshot, "C1", Scope.worker("W5"))).isEmpty();
    assertThat(records.record(snapshot, "C1", Scope.NONE)).isEmpty();
    assertThat(records.record(snapshot, "C1", Scope.team("T3"))).isPresent();
    assertThat(records.record(snapshot, "C404", Scope.ALL)).isEmpty();
  }

  @Test
  void theViewIsInTheAccessLog() throws Exception {
    String marker = "director-" + UUID.randomUUID();

    page("/children/C1", TestUsers.scoped(Roles.DIRECTOR, null, null, null, marker));

    assertThat(log(marker)).containsExactly(List.of("view", "C1", "", "/children/C1"));
  }

  @Test
  void theChildsWorkersNowAndInTheLast12MonthsSeeThePage() throws Exception {
    for (String worker : List.of("W4", "W6", "W3")) {
      assertThat(page("/children/C1", TestUsers.socialWorker(worker)).select("h1").text())
          .isEqualTo("Child C1");
    }
    assertThat(page("/children/C1", TestUsers.teamManager("T3")).select("tr[id^=event-]"))
        .hasSize(TIMELINE.size());
  }

  @Test
  void aSocialWorkerOfAnotherTeamIsRefusedAndTheRefusalIsLogged() throws Exception {
    String marker = "w5-" + UUID.randomUUID();
    OpenCscUser w5 = TestUsers.scoped(Roles.SOCIAL_WORKER, "W5", null, null, marker);

    String body = refused("/children/C1", w5);

    assertThat(Jsoup.parse(body).select("h1").text())
        .isEqualTo("You do not have access to this page");
    assertThat(body).doesNotContain("Dev Patel", "Assessment");
    assertThat(log(marker)).containsExactly(List.of("refused", "C1", "", "/children/C1"));
  }

  @Test
  void aWorkerWhoseAllocationEndedExactly12MonthsAgoIsRefused() throws Exception {
    refused("/children/C1", TestUsers.socialWorker("W2"));
  }

  @Test
  void aBoardMemberIsRefusedThePageAndItsDownloads() throws Exception {
    String marker = "board-" + UUID.randomUUID();
    OpenCscUser board = TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, marker);

    for (String path :
        List.of(
            "/children/C1",
            "/children/C1/timeline?format=csv",
            "/children/C1/workers?format=xlsx")) {
      assertThat(refused(path, board)).doesNotContain("Dev Patel");
    }
    assertThat(log(marker)).hasSize(3).allMatch(line -> line.get(0).equals("refused"));
  }

  @Test
  void anUnknownChildIsNotFoundForTheDirectorButRefusedToAScopedLogin() throws Exception {
    mvc.perform(get("/children/C404").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    // a scoped login cannot tell an id that does not exist from one it may not see
    String marker = "w4-" + UUID.randomUUID();
    refused("/children/C404", TestUsers.scoped(Roles.SOCIAL_WORKER, "W4", null, null, marker));
    assertThat(log(marker)).containsExactly(List.of("refused", "C404", "", "/children/C404"));
  }

  @Test
  void thePageHasNoInlineScriptOrStyle() throws Exception {
    Document page = page("/children/C1", TestUsers.director());

    assertThat(page.select("[style]")).isEmpty();
    assertThat(page.select("style")).isEmpty();
    assertThat(page.select("script")).isNotEmpty().allMatch(script -> script.hasAttr("src"));
    assertThat(page.select("script").eachText()).allMatch(String::isEmpty);
    assertThat(page.select("a[href*=?]").eachAttr("href"))
        .allMatch(href -> href.endsWith("?format=csv") || href.endsWith("?format=xlsx"));
  }

  @Test
  void theChildrenListsLinkToTheChildPage() throws Exception {
    Document worker = page("/workers/W4", TestUsers.director());

    Element link = worker.getElementById("child-C1").selectFirst("th a");
    assertThat(link.attr("href")).isEqualTo("/children/C1");
    assertThat(page(link.attr("href"), TestUsers.director()).select("h1").text())
        .isEqualTo("Child C1");
  }

  private Document page(String path, OpenCscUser login) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(user(login)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String refused(String path, OpenCscUser login) throws Exception {
    return mvc.perform(get(path).with(user(login)))
        .andExpect(status().isForbidden())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  static List<String> summary(Document page) {
    return page.select("#summary .govuk-summary-list__row").eachText();
  }

  static List<String> cells(Document page, String rowId) {
    // every cell, the empty ones too (eachText leaves those out)
    return page.getElementById(rowId).select("th, td").stream().map(Element::text).toList();
  }

  /** The login's access-log lines, oldest first: action, child id, list, path. */
  List<List<String>> log(String username) {
    return jdbc.sql(
            "select action, coalesce(child_id, ''), coalesce(list, ''), path"
                + " from access_log where username = ? order by access_id")
        .param(username)
        .query(
            (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
