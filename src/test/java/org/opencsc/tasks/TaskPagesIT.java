package org.opencsc.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" and "Team work" on the hand-built team of {@code tasks.sql} (as at 1 May 2025, its
 * header works out every task): order, the 7/14/28-day filter, who may see which list, the
 * downloads and the access log. Rolled back after each test (the access log's entries, written in
 * transactions of their own, stay: each test signs in under a name of its own).
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/tasks/tasks.sql")
class TaskPagesIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static final OpenCscUser W1 = TestUsers.socialWorker("W1");
  static final OpenCscUser MANAGER = TestUsers.scoped(Roles.TEAM_MANAGER, "WM", "T1", null);

  @Test
  void myWorkListsTheWorkersTasksMostUrgentFirst() throws Exception {
    Document page = page("/my-work", W1);

    assertThat(tasks(page))
        .containsExactly(
            "CLA_REVIEW C02 Overdue by 42 days",
            "CLA_VISIT C02 Overdue by 14 days",
            "CP_VISIT C01 Due today",
            "SUPERVISION - Due in 1 day",
            "ASSESSMENT C03 Due in 14 days");
    Element first = page.getElementById("task-1");
    assertThat(first.text())
        .contains("20 Mar 2025", "Looked-after review", "Last review held on 20 Sep 2024");
    assertThat(first.selectFirst("a").attr("href")).isEqualTo("/children/C02");
    assertThat(page.getElementById("task-4").text()).contains("Supervision", "Worker's own");
    assertThat(page.getElementById("task-summary").text()).isEqualTo("5 tasks, 2 overdue.");
    assertThat(page.select("tr[id^=child-]").eachAttr("id"))
        .containsExactly("child-C01", "child-C02", "child-C03");
    assertThat(page.getElementById("child-C02").text()).contains("Looked after", "2");
    assertThat(page.getElementById("team-work-link")).isNull();
    assertThat(page.text()).contains("Data as at 1 May 2025");
  }

  @Test
  void aWorkerNeverSeesAnotherWorkersChild() throws Exception {
    String body = body("/my-work?days=28", W1);

    // C07 was W1's until February (in their scope) but is W2's now; C06 is another team's
    assertThat(withoutCsrfTokens(body))
        .doesNotContain("C04", "C05", "C06", "C07", "C09", "CM1", "C99");
    assertThat(csv("/my-work?format=csv", W1)).noneMatch(line -> line.contains("C07"));
  }

  @Test
  void theFilterShowsWhatIsOverdueAndDueInTheNext7Or14Or28Days() throws Exception {
    assertThat(tasks(page("/my-work?days=7", W1))).hasSize(4);
    assertThat(tasks(page("/my-work?days=14", W1))).hasSize(5).last().asString().contains("C03");
    Document team7 = page("/teams/T1/work?days=7", MANAGER);
    assertThat(tasks(team7)).hasSize(9);
    assertThat(tasks(page("/teams/T1/work?days=14", MANAGER))).hasSize(12);
    assertThat(tasks(page("/teams/T1/work", MANAGER))).hasSize(13);

    Element current = team7.getElementById("horizon-7");
    assertThat(current.tagName()).isEqualTo("strong");
    assertThat(current.attr("aria-current")).isEqualTo("page");
    assertThat(team7.getElementById("horizon-14").attr("href")).isEqualTo("/teams/T1/work?days=14");
    assertThat(team7.select("a[download]").eachAttr("href"))
        .containsExactly(
            "/teams/T1/work?days=7&format=csv",
            "/teams/T1/work?days=7&format=xlsx",
            "/teams/T1/work/children?format=csv",
            "/teams/T1/work/children?format=xlsx");
    mvc.perform(get("/my-work?days=10").with(user(W1))).andExpect(status().isBadRequest());
  }

  @Test
  void aTeamManagersWorkLinksToTheTeamsWorkWithTheWorkerColumn() throws Exception {
    Document mine = page("/my-work", MANAGER);
    assertThat(tasks(mine))
        .containsExactly(
            "CP_REVIEW CM1 Due today",
            "SUPERVISION - Due in 12 days",
            "CP_VISIT CM1 Due in 13 days");
    assertThat(mine.getElementById("team-work-link").attr("href")).isEqualTo("/teams/T1/work");

    Document team = page("/teams/T1/work", MANAGER);
    assertThat(tasks(team))
        .containsExactly(
            "ASSESSMENT C07 Overdue by 52 days",
            "CLA_REVIEW C02 Overdue by 42 days",
            "SUPERVISION - Overdue by 31 days",
            "CLA_VISIT C02 Overdue by 14 days",
            "CP_VISIT C01 Due today",
            "CP_REVIEW CM1 Due today",
            "SUPERVISION - Due in 1 day",
            "CLA_VISIT C04 Due in 4 days",
            "CP_VISIT C05 Due in 6 days",
            "SUPERVISION - Due in 12 days",
            "CP_VISIT CM1 Due in 13 days",
            "ASSESSMENT C03 Due in 14 days",
            "CLA_REVIEW C04 Due in 27 days");
    assertThat(team.select("tr.task").eachAttr("data-worker"))
        .containsExactly(
            "W2", "W1", "W2", "W1", "W1", "WM", "W1", "W2", "W2", "WM", "WM", "W1", "W2");
    assertThat(team.getElementById("task-3").text())
        .contains("Ben Lee", "Last supervised on 3 Mar 2025");
    assertThat(team.select("tr[id^=child-]").eachAttr("id"))
        .containsExactly(
            "child-C01",
            "child-C02",
            "child-C03",
            "child-C04",
            "child-C05",
            "child-C07",
            "child-C09",
            "child-CM1");
    assertThat(team.getElementById("child-C02").text())
        .contains("Asha Khan", "10 Jun 2024", "Looked-after review by 20 Mar 2025");
    assertThat(team.getElementById("child-C09").text()).contains("Nothing due");
    assertThat(team.select(".govuk-breadcrumbs__link").eachText())
        .containsExactly(
            "Council structure", "Children in Need and Protection", "Safeguarding North");
    assertThat(team.text()).doesNotContain("C06");
  }

  @Test
  void whoMayOpenATeamsWork() throws Exception {
    String username = "tasks-refused-" + UUID.randomUUID();
    OpenCscUser worker = TestUsers.scoped(Roles.SOCIAL_WORKER, "W1", null, null, username);

    forbidden("/teams/T1/work", worker);
    forbidden("/teams/T1/work?format=csv", worker);
    forbidden("/teams/T2/work", MANAGER);
    forbidden("/teams/T2/work", TestUsers.headOfService("SA1"));
    page("/teams/T1/work", TestUsers.headOfService("SA1"));
    page("/teams/T2/work", TestUsers.director());
    page("/teams/T2/work", TestUsers.withRole(Roles.PERFORMANCE_ANALYST));
    page("/teams/T2/work", TestUsers.withRole(Roles.ADMINISTRATOR));
    mvc.perform(get("/teams/NOPE/work").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());

    assertThat(log(username)).containsExactly("refused work of team T1", "refused work of team T1");
  }

  @Test
  void aBoardMemberGetsNoChildLevelListNorDownload() throws Exception {
    OpenCscUser board = TestUsers.boardMember();
    for (String path :
        List.of(
            "/my-work",
            "/my-work?format=csv",
            "/my-work/children?format=xlsx",
            "/teams/T1/work",
            "/teams/T1/work?format=csv",
            "/teams/T1/work/children?format=csv")) {
      forbidden(path, board);
    }
  }

  @Test
  void aLoginThatIsNoWorkerHasNoCaseload() throws Exception {
    Document page = page("/my-work", TestUsers.director());

    assertThat(page.getElementById("no-caseload")).isNotNull();
    assertThat(page.select("tr.task")).isEmpty();
    assertThat(page("/my-work", TestUsers.teamManager("T1")).getElementById("team-work-link"))
        .isNotNull();
  }

  @Test
  void withoutAServedSnapshotThePageSaysSo() throws Exception {
    jdbc.sql("delete from current_snapshot").update();

    assertThat(page("/my-work", W1).select("h1").text()).isEqualTo("No data has been loaded yet");
  }

  @Test
  void theTasksDownloadAsCsvWithTheFilterApplied() throws Exception {
    List<String> lines = csv("/my-work?format=csv&days=14", W1);

    assertThat(lines)
        .containsExactly(
            "due_date,days_until_due,status,task,child_id,worker_id,worker_name,due_from,"
                + "due_from_date",
            "2025-03-20,-42,overdue,cla_review,C02,W1,Asha Khan,last-review,2024-09-20",
            "2025-04-17,-14,overdue,cla_visit,C02,W1,Asha Khan,last-visit,2025-03-06",
            "2025-05-01,0,today,cp_visit,C01,W1,Asha Khan,last-visit,2025-04-15",
            "2025-05-02,1,due,supervision,,W1,Asha Khan,last-supervision,2025-04-02",
            "2025-05-15,14,due,assessment,C03,W1,Asha Khan,assessment-start,2025-03-10");
  }

  @Test
  void theTeamsListsDownloadAsExcelWithTypedCellsAndAreLogged() throws Exception {
    String username = "tasks-export-" + UUID.randomUUID();
    OpenCscUser manager = TestUsers.scoped(Roles.TEAM_MANAGER, "WM", "T1", null, username);

    List<Row> tasks = xlsx("/teams/T1/work?format=xlsx&days=7", manager);
    List<Row> children = xlsx("/teams/T1/work/children?format=xlsx", manager);
    page("/teams/T1/work?days=7", manager);

    assertThat(tasks).hasSize(10);
    Row first = tasks.get(1);
    assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCellAsDate(0)).contains(LocalDateTime.of(2025, 3, 10, 0, 0));
    assertThat(first.getCellAsNumber(1)).contains(BigDecimal.valueOf(-52));
    assertThat(first.getCellAsString(3)).contains("assessment");
    assertThat(first.getCellAsString(4)).contains("C07");
    assertThat(children).hasSize(9);
    Row c02 = children.get(2);
    assertThat(c02.getCellAsString(0)).contains("C02");
    assertThat(c02.getCellAsNumber(9)).contains(BigDecimal.valueOf(2));
    assertThat(c02.getCellAsDate(10)).contains(LocalDateTime.of(2025, 3, 20, 0, 0));

    assertThat(log(username))
        .containsExactly(
            "export tasks of team T1, overdue and due in 7 days (9)",
            "export children of team T1 with their tasks (8)",
            "view tasks of team T1, overdue and due in 7 days (9)",
            "view children of team T1 with their tasks (8)");
  }

  private List<String> log(String username) {
    return jdbc.sql(
            "select action || ' ' || list || coalesce(' (' || row_count || ')', '')"
                + " from access_log where username = :username order by access_id")
        .param("username", username)
        .query(String.class)
        .list();
  }

  private static List<String> tasks(Document page) {
    return page.select("tr.task").stream()
        .map(
            row -> {
              String child = row.attr("data-child");
              return row.attr("data-kind")
                  + " "
                  + (child.isEmpty() ? "-" : child)
                  + " "
                  + row.selectFirst(".govuk-tag").text();
            })
        .toList();
  }

  private void forbidden(String path, OpenCscUser user) throws Exception {
    mvc.perform(get(path).with(user(user))).andExpect(status().isForbidden());
  }

  private Document page(String path, OpenCscUser user) throws Exception {
    return Jsoup.parse(body(path, user));
  }

  private String body(String path, OpenCscUser user) throws Exception {
    return mvc.perform(get(path).with(user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse download(String path, OpenCscUser user) throws Exception {
    return mvc.perform(get(path).with(user(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  private List<String> csv(String path, OpenCscUser user) throws Exception {
    byte[] bytes = download(path, user).getContentAsByteArray();
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
  }

  private List<Row> xlsx(String path, OpenCscUser user) throws Exception {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(download(path, user).getContentAsByteArray()))) {
      return workbook.getFirstSheet().read();
    }
  }
}
