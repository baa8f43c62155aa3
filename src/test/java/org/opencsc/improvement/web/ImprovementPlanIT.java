package org.opencsc.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.improvement.ActionDraft;
import org.opencsc.improvement.ActionFilter;
import org.opencsc.improvement.ActionRag;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.ActionUpdate;
import org.opencsc.improvement.FieldChange;
import org.opencsc.improvement.FindingKind;
import org.opencsc.improvement.ImprovementAction;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.InspectionDraft;
import org.opencsc.improvement.InspectionKind;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Judgement;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.security.UserAccounts;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement plan's workflow on the real database, through the pages: a director creates an
 * action and assigns its owner, the owner updates it, anyone else is refused (another manager, a
 * board member, the director who created it), every update stays in the history, overdue is derived
 * on the day asked, and the plan downloads with formula-like text kept as text. The council is
 * {@code council-structure.sql} (service area SA1 "Children in Need"). Rolled back after each.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/council/council-structure.sql")
class ImprovementPlanIT {

  static final OpenCscUser OWNER =
      TestUsers.scoped(Roles.HEAD_OF_SERVICE, null, null, "SA1", "plan-owner");
  static final OpenCscUser OTHER =
      TestUsers.scoped(Roles.TEAM_MANAGER, null, "T2", "SA1", "plan-other");
  static final OpenCscUser DIRECTOR =
      TestUsers.scoped(Roles.DIRECTOR, null, null, null, "plan-director");
  static final OpenCscUser ADMIN =
      TestUsers.scoped(Roles.ADMINISTRATOR, null, null, null, "plan-admin");
  static final OpenCscUser BOARD =
      TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, "plan-board");

  @Autowired MockMvc mvc;
  @Autowired ImprovementPlan plan;
  @Autowired Inspections inspections;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void logins() {
    accounts.createOrUpdate(
        "plan-owner", "password-1", "Olive Owner", Roles.HEAD_OF_SERVICE, null, null, "SA1");
    accounts.createOrUpdate(
        "plan-other", "password-1", "Oscar Other", Roles.TEAM_MANAGER, null, "T2", "SA1");
  }

  @Test
  void aDirectorCreatesAnActionAndAssignsItsOwner() throws Exception {
    long finding = finding();

    String location =
        mvc.perform(
                post("/improvement/actions")
                    .param("title", "Audit strategy discussions")
                    .param("description", "Monthly audits of strategy discussions.")
                    .param("owner", "plan-owner")
                    .param("serviceArea", "SA1")
                    .param("startDate", "2025-04-01")
                    .param("dueDate", "2025-09-30")
                    .param("status", "not_started")
                    .param("findings", String.valueOf(finding))
                    .param("indicators", "cla_at_period_end")
                    .with(user(DIRECTOR))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    long id = Long.parseLong(location.substring("/improvement/actions/".length()));
    ImprovementAction action = plan.action(id).orElseThrow();
    assertThat(action.owner()).isEqualTo("plan-owner");
    assertThat(action.ownerName()).isEqualTo("Olive Owner");
    assertThat(action.createdBy()).isEqualTo("plan-director");
    assertThat(action.serviceAreaId()).isEqualTo("SA1");
    assertThat(action.findingIds()).containsExactly(finding);
    assertThat(action.indicators()).containsExactly("cla_at_period_end");
    assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);
    List<ActionUpdate> history = plan.history(id);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).updatedBy()).isEqualTo("plan-director");
    assertThat(history.get(0).changes())
        .contains(
            new FieldChange("owner", null, "plan-owner"),
            new FieldChange("due_date", null, "2025-09-30"),
            new FieldChange("findings", null, String.valueOf(finding)));

    // a board member reads it all
    Document page = Pages.page(mvc, location, BOARD);
    assertThat(page.select("h1").text()).isEqualTo("Audit strategy discussions");
    assertThat(page.select("#action-summary").text())
        .contains("Olive Owner", "Children in Need", "30 September 2025", "Not started");
    assertThat(page.select("#finding-list").text()).contains("Improve the quality of plans");
    assertThat(page.select("#impact-cla_at_period_end h3").text()).isNotBlank();
    assertThat(page.select("#history-table tbody tr")).hasSize(1);
    assertThat(page.select("#update-link")).isEmpty();
    assertThat(Pages.page(mvc, location, OWNER).select("#update-link a").attr("href"))
        .isEqualTo(location + "/edit");
  }

  @Test
  void theOwnerUpdatesItAndEveryUpdateIsKept() throws Exception {
    long id = action("Review front door thresholds", "2025-04-01", "2025-06-30");

    mvc.perform(update(id, "in_progress", "amber", "Audit of 20 contacts booked").with(user(OWNER)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            update(id, "in_progress", "amber", "")
                .param("note", "Audit done: 16 of 20 right")
                .with(user(OWNER)))
        .andExpect(status().is3xxRedirection());

    ImprovementAction action = plan.action(id).orElseThrow();
    assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(action.rag()).isEqualTo(ActionRag.AMBER);
    assertThat(action.evidence()).isEmpty();
    List<ActionUpdate> history = plan.history(id);
    assertThat(history).hasSize(3);
    ActionUpdate latest = history.get(0);
    assertThat(latest.updatedBy()).isEqualTo("plan-owner");
    assertThat(latest.note()).isEqualTo("Audit done: 16 of 20 right");
    assertThat(latest.changes())
        .containsExactly(new FieldChange("evidence", "Audit of 20 contacts booked", null));
    ActionUpdate first = history.get(1);
    assertThat(first.changes())
        .containsExactly(
            new FieldChange("status", "not_started", "in_progress"),
            new FieldChange("rag", null, "amber"),
            new FieldChange("evidence", null, "Audit of 20 contacts booked"));

    Document page = Pages.page(mvc, "/improvement/actions/" + id, OTHER);
    assertThat(page.select("#history-table tbody tr")).hasSize(3);
    assertThat(page.select("#history-table tbody tr").get(1).text())
        .contains("plan-owner", "Status: Not started to In progress", "RAG: Amber");
  }

  @Test
  void onlyTheOwnerAndAdministratorsMayUpdateIt() throws Exception {
    long id = action("Recruit permanent team managers", "2025-04-01", "2025-12-31");

    for (OpenCscUser refused : List.of(OTHER, BOARD, DIRECTOR)) {
      mvc.perform(update(id, "completed", "green", "").with(user(refused)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/improvement/actions/" + id + "/edit").with(user(refused)))
          .andExpect(status().isForbidden());
    }
    assertThat(plan.action(id).orElseThrow().status()).isEqualTo(ActionStatus.NOT_STARTED);
    assertThat(plan.history(id)).hasSize(1);
    assertThatThrownBy(
            () ->
                plan.update(
                    id, ActionDraft.of(plan.action(id).orElseThrow()), "sneaking in", OTHER))
        .isInstanceOf(AccessDeniedException.class);

    mvc.perform(update(id, "completed", "green", "Four appointed").with(user(ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(plan.action(id).orElseThrow().status()).isEqualTo(ActionStatus.COMPLETED);
    assertThat(plan.history(id).get(0).updatedBy()).isEqualTo("plan-admin");
  }

  @Test
  void theOwnerCannotHandTheActionToSomeoneElseButAnAdministratorCan() throws Exception {
    long id = action("Refresh the supervision policy", "2025-04-01", "2025-07-31");

    mvc.perform(update(id, "plan-other", "in_progress", "green", "").with(user(OWNER)))
        .andExpect(status().is3xxRedirection());
    assertThat(plan.action(id).orElseThrow().owner()).isEqualTo("plan-owner");
    ActionDraft handedOver =
        new ActionDraft(
            "Refresh the supervision policy",
            "",
            "plan-other",
            null,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 7, 31),
            ActionStatus.IN_PROGRESS,
            ActionRag.GREEN,
            "",
            null,
            List.of(),
            List.of());
    assertThatThrownBy(() -> plan.update(id, handedOver, "", OWNER))
        .isInstanceOf(AccessDeniedException.class);

    mvc.perform(update(id, "plan-other", "in_progress", "green", "").with(user(ADMIN)))
        .andExpect(status().is3xxRedirection());
    assertThat(plan.action(id).orElseThrow().owner()).isEqualTo("plan-other");
    assertThat(plan.history(id).get(0).changes())
        .contains(new FieldChange("owner", "plan-owner", "plan-other"));
  }

  @Test
  void theHistoryCannotBeChangedOrDeleted() {
    long id = action("Keep the history", "2025-04-01", "2025-05-31");

    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update improvement_action_update set note = 'rewritten' where action_id = ?")
                    .param(id)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }

  @Test
  void overdueAndAtRiskAreDerivedOnTheDayAsked() {
    long late = action("Due end of March", "2025-01-01", "2025-03-31");
    long done = action("Done already", "2025-01-01", "2025-03-01");
    plan.update(done, withStatus(done, ActionStatus.COMPLETED, null), "", ADMIN);
    long soon = action("Due in ten days", "2025-01-01", "2025-04-11");
    long red = action("Far off but red", "2025-01-01", "2025-12-31");
    plan.update(red, withStatus(red, ActionStatus.IN_PROGRESS, ActionRag.RED), "", OWNER);
    long calm = action("Far off and green", "2025-01-01", "2025-12-31");

    LocalDate april1 = LocalDate.of(2025, 4, 1);
    ActionFilter overdueOnly = new ActionFilter(null, null, null, true, false);
    assertThat(ids(plan.actions(overdueOnly, april1))).containsExactly(late);
    // due today is not overdue yet
    assertThat(plan.actions(overdueOnly, LocalDate.of(2025, 3, 31))).isEmpty();
    assertThat(ids(plan.needingAttention(april1))).containsExactly(late, soon, red);
    assertThat(ids(plan.needingAttention(april1))).doesNotContain(done, calm);
    assertThat(ids(plan.actions(ActionFilter.ALL, april1)))
        .containsExactly(done, late, soon, red, calm);
    assertThat(ids(plan.actions(new ActionFilter(null, null, null, false, true), april1)))
        .containsExactly(calm, red, soon, late, done);
  }

  @Test
  void thePlanPageFiltersAndSortsByDueDate() throws Exception {
    LocalDate today = plan.today();
    long late = action("Late one", today.minusDays(40).toString(), today.minusDays(1).toString());
    long soon = action("Soon one", today.minusDays(40).toString(), today.plusDays(5).toString());
    long far = action("Far one", today.minusDays(40).toString(), today.plusDays(200).toString());
    plan.update(far, withStatus(far, ActionStatus.COMPLETED, ActionRag.GREEN), "", ADMIN);

    Document all = Pages.page(mvc, "/improvement/actions", BOARD);
    assertThat(all.select("#actions tbody tr").eachAttr("id"))
        .containsExactly("action-" + late, "action-" + soon, "action-" + far);
    assertThat(all.select("#action-" + late + " .standing").text()).contains("Overdue");
    assertThat(all.select("#action-" + soon + " .standing").text()).contains("At risk");
    assertThat(all.select("#sort-due").attr("href"))
        .isEqualTo("/improvement/actions?sort=due-desc");

    Document latestFirst = Pages.page(mvc, "/improvement/actions?sort=due-desc", BOARD);
    assertThat(latestFirst.select("#actions tbody tr").eachAttr("id"))
        .containsExactly("action-" + far, "action-" + soon, "action-" + late);

    Document overdue = Pages.page(mvc, "/improvement/actions?owner=plan-owner&overdue=true", BOARD);
    assertThat(overdue.select("#actions tbody tr").eachAttr("id"))
        .containsExactly("action-" + late);
    assertThat(overdue.select("#overdue").hasAttr("checked")).isTrue();
    assertThat(overdue.select("a[href*=format=xlsx]").attr("href"))
        .isEqualTo("/improvement/actions?owner=plan-owner&overdue=true&format=xlsx");

    Document completed = Pages.page(mvc, "/improvement/actions?status=completed", BOARD);
    assertThat(completed.select("#actions tbody tr").eachAttr("id"))
        .containsExactly("action-" + far);
  }

  @Test
  void aFormWithMistakesIsShownAgainWithTheGovukErrorSummary() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    post("/improvement/actions")
                        .param("title", " ")
                        .param("owner", "nobody")
                        .param("startDate", "2025-06-01")
                        .param("dueDate", "2025-05-01")
                        .param("status", "not_started")
                        .with(user(DIRECTOR))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#title", "#owner", "#dueDate");
    assertThat(page.select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "Enter what the action is",
            "Choose who owns the action",
            "The due date must be on or after the start date");
    assertThat(page.select("input#startDate").val()).isEqualTo("2025-06-01");
    assertThat(jdbc.sql("select count(*) from improvement_action").query(Long.class).single())
        .isZero();
  }

  @Test
  void thePlanDownloadsWithFormulaLikeTextAsText() throws Exception {
    long id = action("=HYPERLINK(\"https://example.org\")", "2025-04-01", "2025-06-30");
    plan.update(id, withEvidence(id, "+44 audits; -2 late; @board"), "", ADMIN);

    var xlsx = Pages.download(mvc, "/improvement/actions?format=xlsx", BOARD);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellAsString(1)).contains("Title");
      Row row = rows.get(1);
      assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
      assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
      assertThat(row.getCellAsString(1)).contains("=HYPERLINK(\"https://example.org\")");
      assertThat(row.getCell(13).getType()).isEqualTo(CellType.STRING);
      assertThat(row.getCellAsString(13)).contains("+44 audits; -2 late; @board");
      assertThat(row.getCellAsString(3)).contains("plan-owner");
      assertThat(row.getCellAsString(18)).contains("plan-admin");
      assertThat(row.getCellAsString(19)).contains("Evidence notes");
    }
    List<List<String>> csv =
        Pages.csv(Pages.download(mvc, "/improvement/actions?format=csv", BOARD));
    assertThat(csv.get(1).get(1)).isEqualTo("'=HYPERLINK(\"https://example.org\")");
  }

  @Test
  void overdueActionsAreOnTheOverviewAndOwnersSeeTheirsInMyWork() throws Exception {
    LocalDate today = plan.today();
    long late =
        action(
            "Late action for the overview",
            today.minusDays(60).toString(),
            today.minusDays(3).toString());
    long later =
        action("Not yet due", today.minusDays(60).toString(), today.plusDays(90).toString());

    Document overview = Pages.page(mvc, "/", BOARD);
    assertThat(overview.select("#improvement-panel #improvement-action-" + late).text())
        .contains("Late action for the overview", "Olive Owner", "Overdue");
    assertThat(overview.select("#improvement-panel #improvement-action-" + later)).isEmpty();
    assertThat(overview.select("#improvement-panel").text()).contains("1 overdue and 0 at risk");

    Document mine = Pages.page(mvc, "/my-work", OWNER);
    assertThat(mine.select("#my-actions tbody tr")).hasSize(2);
    assertThat(mine.select("#my-actions #improvement-action-" + late).text()).contains("Overdue");
    Document theirs = Pages.page(mvc, "/my-work", OTHER);
    assertThat(theirs.select("#my-actions tbody tr")).isEmpty();
    assertThat(theirs.select("#my-actions").text()).contains("You own no open action");
  }

  @Test
  void theImpactIsTheIndicatorsTrendSinceTheActionStarted() throws Exception {
    // re-referrals (lower is better) at four month ends; the action starts mid-March
    for (String[] point :
        new String[][] {
          {"2025-01-31", "25", "100"}, {"2025-02-28", "24", "100"},
          {"2025-03-31", "22", "100"}, {"2025-04-30", "20", "100"}
        }) {
      jdbc.sql(
              """
              insert into indicator_history (indicator, kind, as_at, period_start, attribution,
                level, unit_id, unit_name, numerator, denominator, value, unit_of_measure,
                snapshot_id)
              values ('re_referrals_within_12_months', 'month_end', cast(? as date),
                cast(? as date) - interval '1 year' + interval '1 day', 'event', 'council',
                'council', 'Council', ?, ?, 100.0 * ? / ?, 'percent', 9001)
              """)
          .params(
              point[0],
              point[0],
              Integer.parseInt(point[1]),
              Integer.parseInt(point[2]),
              Integer.parseInt(point[1]),
              Integer.parseInt(point[2]))
          .update();
    }
    long id = action("Cut re-referrals", "2025-03-15", "2025-09-30");
    ActionDraft d = ActionDraft.of(plan.action(id).orElseThrow());
    plan.update(
        id,
        new ActionDraft(
            d.title(),
            d.description(),
            d.owner(),
            null,
            d.startDate(),
            d.dueDate(),
            d.status(),
            d.rag(),
            d.evidence(),
            null,
            List.of(),
            List.of("re_referrals_within_12_months")),
        "",
        ADMIN);

    Document page = Pages.page(mvc, "/improvement/actions/" + id, BOARD);

    var impact = page.select("#impact-re_referrals_within_12_months");
    // the baseline is the last month end on or before the start: February's 24%, not January's
    assertThat(impact.select(".change").text())
        .contains("24", "28 Feb 2025", "20", "30 Apr 2025", "better")
        .doesNotContain("worse");
    assertThat(impact.select("tbody tr").eachText())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("28 Feb 2025");
    assertThat(impact.select("svg polyline")).hasSize(1);
  }

  private long finding() {
    long inspection =
        inspections.add(
            new InspectionDraft(
                InspectionKind.ILACS,
                LocalDate.of(2024, 11, 15),
                "",
                Judgement.REQUIRES_IMPROVEMENT,
                null),
            "plan-director");
    return inspections.addFinding(
        inspection,
        FindingKind.RECOMMENDATION,
        "Improve the quality of plans for children in need.",
        "plan-director");
  }

  private long action(String title, String start, String due) {
    return plan.create(
        new ActionDraft(
            title,
            "",
            "plan-owner",
            null,
            LocalDate.parse(start),
            LocalDate.parse(due),
            ActionStatus.NOT_STARTED,
            null,
            "",
            null,
            List.of(),
            List.of()),
        "plan-director");
  }

  private ActionDraft withStatus(long id, ActionStatus status, ActionRag rag) {
    ActionDraft d = ActionDraft.of(plan.action(id).orElseThrow());
    return new ActionDraft(
        d.title(),
        d.description(),
        d.owner(),
        d.serviceAreaId(),
        d.startDate(),
        d.dueDate(),
        status,
        rag,
        d.evidence(),
        d.meetingId(),
        d.findingIds(),
        d.indicators());
  }

  private ActionDraft withEvidence(long id, String evidence) {
    ActionDraft d = ActionDraft.of(plan.action(id).orElseThrow());
    return new ActionDraft(
        d.title(),
        d.description(),
        d.owner(),
        d.serviceAreaId(),
        d.startDate(),
        d.dueDate(),
        d.status(),
        d.rag(),
        evidence,
        d.meetingId(),
        d.findingIds(),
        d.indicators());
  }

  /** The owner's update form posted as it stands but for status, RAG and evidence. */
  private MockHttpServletRequestBuilder update(
      long id, String status, String rag, String evidence) {
    return update(id, plan.action(id).orElseThrow().owner(), status, rag, evidence);
  }

  private MockHttpServletRequestBuilder update(
      long id, String owner, String status, String rag, String evidence) {
    ImprovementAction a = plan.action(id).orElseThrow();
    return post("/improvement/actions/" + id)
        .param("title", a.title())
        .param("description", a.description())
        .param("owner", owner)
        .param("startDate", a.startDate().toString())
        .param("dueDate", a.dueDate().toString())
        .param("status", status)
        .param("rag", rag)
        .param("evidence", evidence)
        .with(csrf());
  }

  private static List<Long> ids(List<ImprovementAction> actions) {
    return actions.stream().map(ImprovementAction::actionId).toList();
  }
}
