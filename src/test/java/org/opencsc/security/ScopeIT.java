package org.opencsc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.Pages.withoutCsrfTokens;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which children each login sees, on the hand-built council of {@code council-structure.sql} (as at
 * 31 March 2025, so "the last twelve months" starts on 31 March 2024): worked out by hand from its
 * allocations.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/council/council-structure.sql")
class ScopeIT {

  static final long SNAPSHOT = 9001;
  static final LocalDate AS_AT = LocalDate.of(2025, 3, 31);

  @Autowired JdbcClient jdbc;
  @Autowired ChildAccess childAccess;
  @Autowired MockMvc mvc;

  @Test
  void aWorkerSeesTheChildrenAllocatedToThemNowOrInTheLastTwelveMonths() {
    // W3: C04 open; C06 from June to August 2024; C11 from the as-at date itself
    assertThat(inScope(Scope.worker("W3"))).containsExactly("C04", "C06", "C11");
    // W1: C01 open; C08 ended on the as-at date; C10 ended in December 2024; C12 starts after
    assertThat(inScope(Scope.worker("W1"))).containsExactly("C01", "C08", "C10");
  }

  @Test
  void aTeamAndAServiceAreaSeeTheirAllocationsTheSameWay() {
    assertThat(inScope(Scope.team("T2"))).containsExactly("C02", "C03", "C04", "C06", "C11");
    assertThat(inScope(Scope.serviceArea("SA2"))).containsExactly("C05", "C06", "C07");
    assertThat(inScope(Scope.serviceArea("SA1")))
        .containsExactly("C01", "C02", "C03", "C04", "C06", "C08", "C10", "C11");
  }

  @Test
  void anAllocationThatEndedMoreThanTwelveMonthsAgoNoLongerCounts() {
    jdbc.sql(
            "insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id,"
                + " start_date, end_date) values (9001, 'OLD', 'C09', 'W3', 'T2', '2023-01-01',"
                + " '2024-03-31')")
        .update();

    assertThat(inScope(Scope.worker("W3"))).doesNotContain("C09");
    assertThat(childAccess.maySee(Scope.worker("W3"), SNAPSHOT, AS_AT, "C09")).isFalse();
    assertThat(childAccess.maySee(Scope.worker("W3"), SNAPSHOT, AS_AT, "C06")).isTrue();
  }

  @Test
  void rolesGiveTheirScopes() {
    assertThat(Scope.of(TestUsers.director())).isEqualTo(Scope.ALL);
    assertThat(Scope.of(TestUsers.withRole(Roles.PERFORMANCE_ANALYST))).isEqualTo(Scope.ALL);
    assertThat(Scope.of(TestUsers.boardMember())).isEqualTo(Scope.NONE);
    assertThat(Scope.of(TestUsers.socialWorker("W3"))).isEqualTo(Scope.worker("W3"));
    assertThat(Scope.of(TestUsers.teamManager("T2"))).isEqualTo(Scope.team("T2"));
    assertThat(Scope.of(TestUsers.headOfService("SA1"))).isEqualTo(Scope.serviceArea("SA1"));
    // a social worker whose login names no worker sees no child, not every child
    assertThat(Scope.of(TestUsers.withRole(Roles.SOCIAL_WORKER))).isEqualTo(Scope.NONE);
    assertThat(childAccess.maySee(Scope.NONE, SNAPSHOT, AS_AT, "C04")).isFalse();
  }

  @Test
  void aListOfChildrenShowsOnlyTheLoginsScopeAndIsLogged() throws Exception {
    // team T2's children today are C02, C03, C04, C11; worker W3 may see C04 and C11 of them
    String marker = "w3-" + UUID.randomUUID();
    UserDetails worker = TestUsers.scoped(Roles.SOCIAL_WORKER, "W3", null, null, marker);

    assertThat(childIds(get("/teams/T2/children"), worker)).containsExactly("C04", "C11");
    assertThat(childIds(get("/teams/T2/children"), TestUsers.director()))
        .containsExactly("C02", "C03", "C04", "C11");
    assertThat(
            jdbc.sql("select action, list, row_count, path from access_log where username = ?")
                .param(marker)
                .query(
                    (rs, n) ->
                        List.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list())
        .containsExactly(List.of("view", "children of team T2", 2L, "/teams/T2/children"));
  }

  @Test
  void aBoardMemberIsRefusedEveryListOfChildrenAndTheRefusalIsLogged() throws Exception {
    String marker = "board-" + UUID.randomUUID();
    UserDetails board = TestUsers.scoped(Roles.BOARD_MEMBER, null, null, null, marker);

    for (String path :
        List.of(
            "/teams/T2/children",
            "/service-areas/SA1/children",
            "/structure/unallocated-children")) {
      String body =
          mvc.perform(get(path).with(user(board)))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(withoutCsrfTokens(body)).doesNotContain("C02", "C08");
    }
    String workerPage =
        mvc.perform(get("/workers/W3").with(user(board)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(workerPage).select("tr[id^=child-]")).isEmpty();
    // and no link leads a board member to a list they would be refused
    for (String path : List.of("/structure", "/service-areas/SA1", "/teams/T2")) {
      String page =
          mvc.perform(get(path).with(user(board)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(page).select("a[href$=/children], a[href$=unallocated-children]"))
          .as(path)
          .isEmpty();
    }
    assertThat(
            jdbc.sql("select count(*) from access_log where username = ? and action = 'refused'")
                .param(marker)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  private List<String> childIds(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      UserDetails login)
      throws Exception {
    String body =
        mvc.perform(request.with(user(login)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(body).select("tr[id^=child-]").stream()
        .map(row -> row.id().substring(6))
        .toList();
  }

  private List<String> inScope(Scope scope) {
    return jdbc.sql("select child_id from children_in_scope(?, ?, ?, ?) order by child_id")
        .param(SNAPSHOT)
        .param(AS_AT)
        .param(scope.kind().id())
        .param(scope.unitId())
        .query(String.class)
        .list();
  }
}
