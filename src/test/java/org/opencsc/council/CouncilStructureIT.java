package org.opencsc.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure pages on the hand-built council of {@code council-structure.sql}, whose header
 * works out every count. Each test runs in a transaction that is rolled back.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/council/council-structure.sql")
class CouncilStructureIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void structurePageCountsServiceAreasAndUnallocatedChildren() throws Exception {
    Document page = page("/structure");

    assertThat(count(page, "service-area-SA1")).isEqualTo(5);
    assertThat(count(page, "service-area-SA2")).isEqualTo(3);
    assertThat(page.getElementById("allocated-count").text()).isEqualTo("8");
    assertThat(page.getElementById("unallocated-count").text()).isEqualTo("3");
    assertThat(page.text()).contains("Data as at 31 March 2025").doesNotContain("Old name");

    assertThat(counts(page, "service-area-")).isEqualTo(independentCounts("t.service_area_id"));
    assertThat(independentUnallocated()).isEqualTo(3);
  }

  @Test
  void serviceAreaPageCountsItsTeams() throws Exception {
    Document page = page("/service-areas/SA1");

    assertThat(page.select("h1").text()).isEqualTo("Children in Need and Protection");
    assertThat(counts(page, "team-")).isEqualTo(Map.of("T1", 1L, "T2", 4L));
    assertThat(counts(page, "team-"))
        .isEqualTo(filter(independentCounts("a.team_id"), List.of("T1", "T2")));
    assertThat(page.getElementById("children-link").attr("href"))
        .isEqualTo("/service-areas/SA1/children");
    assertThat(crumbs(page)).containsExactly("Council structure");
  }

  @Test
  void teamPageCountsItsWorkers() throws Exception {
    Document page = page("/teams/T2");

    assertThat(counts(page, "worker-")).isEqualTo(Map.of("W2", 2L, "W3", 2L));
    assertThat(counts(page, "worker-"))
        .isEqualTo(filter(independentCounts("a.worker_id"), List.of("W2", "W3")));
    assertThat(page.getElementById("worker-W2").text()).contains("Agency");
    assertThat(crumbs(page))
        .containsExactly("Council structure", "Children in Need and Protection");
  }

  @Test
  void workerPageListsTheirChildren() throws Exception {
    Document page = page("/workers/W4");

    assertThat(childIds(page)).containsExactly("C05", "C06", "C07");
    assertThat(page.getElementById("child-C05").text()).contains("14", "Female", "Looked after");
    assertThat(page.getElementById("child-C06").text()).contains("1 Aug 2024");
    assertThat(page.getElementById("child-C07").text()).contains("19", "Care leaver");
    assertThat(crumbs(page))
        .containsExactly("Council structure", "Children in Care", "Looked After Children");
  }

  @Test
  void drillsFromTheStructureToAListOfChildren() throws Exception {
    Document structure = page("/structure");
    String serviceArea = link(structure.getElementById("service-area-SA1").selectFirst("th a"));
    String team = link(page(serviceArea).getElementById("team-T2").selectFirst("th a"));
    Document teamPage = page(team);
    Document teamChildren = page(link(teamPage.getElementById("children-link")));
    String worker = link(teamPage.getElementById("worker-W3").selectFirst("th a"));
    Document workerPage = page(worker);

    assertThat(serviceArea).isEqualTo("/service-areas/SA1");
    assertThat(childIds(teamChildren)).containsExactly("C02", "C03", "C04", "C11");
    assertThat(teamChildren.getElementById("child-C02").text())
        .contains("Child protection", "Ben Cole", "Child Protection North");
    assertThat(teamChildren.getElementById("child-C11").text()).contains("Unborn", "Child in need");
    assertThat(childIds(workerPage)).containsExactly("C04", "C11");
  }

  @Test
  void serviceAreaAndUnallocatedChildLists() throws Exception {
    Document serviceAreaChildren = page("/service-areas/SA1/children");
    Document unallocated = page("/structure/unallocated-children");

    assertThat(childIds(serviceAreaChildren)).containsExactly("C01", "C02", "C03", "C04", "C11");
    assertThat(childIds(unallocated)).containsExactly("C08", "C09", "C12");
    assertThat(unallocated.getElementById("child-C09").text()).contains("Looked after");
  }

  @Test
  void everyTableDownloadsAsCsvAndExcelAndChildListsAreLogged() throws Exception {
    List<List<String>> team =
        Pages.csv(Pages.download(mvc, "/teams/T2/children?format=csv", TestUsers.director()));
    assertThat(team.get(0))
        .containsExactly("Child ID", "Age", "Sex", "Open as", "Worker", "Team", "Allocated since");
    assertThat(team.stream().skip(1).map(row -> row.get(0)))
        .containsExactly("C02", "C03", "C04", "C11");
    assertThat(team.get(1)).contains("Child protection", "Ben Cole", "Child Protection North");

    List<List<String>> structure =
        Pages.csv(Pages.download(mvc, "/structure?format=csv", TestUsers.director()));
    assertThat(structure.stream().skip(1).map(row -> row.get(1) + "=" + row.get(2)))
        .containsExactlyInAnyOrder("SA1=5", "SA2=3");

    byte[] workers =
        Pages.download(mvc, "/teams/T2?format=xlsx", TestUsers.director()).getContentAsByteArray();
    try (var workbook =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(
            new java.io.ByteArrayInputStream(workers))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCellAsNumber(3)).isPresent();
    }

    // a worker's download holds only the children in their scope, and is logged as an export
    String marker = "export-" + java.util.UUID.randomUUID();
    var worker = TestUsers.scoped(Roles.SOCIAL_WORKER, "W3", null, null, marker);
    List<List<String>> scoped =
        Pages.csv(Pages.download(mvc, "/teams/T2/children?format=csv", worker));
    assertThat(scoped.stream().skip(1).map(row -> row.get(0))).containsExactly("C04", "C11");
    assertThat(
            jdbc.sql(
                    "select list || '=' || row_count from access_log where username = ? and action = 'export'")
                .param(marker)
                .query(String.class)
                .list())
        .containsExactly("children of team T2=2");
    mvc.perform(get("/teams/T2/children?format=csv").with(user(TestUsers.boardMember())))
        .andExpect(status().isForbidden());
  }

  @Test
  void unknownTeamIsAGovukNotFoundPage() throws Exception {
    String body =
        mvc.perform(get("/teams/NOPE").with(user(TestUsers.director())))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Page not found");
    assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void withoutAServedSnapshotThePageSaysSo() throws Exception {
    jdbc.sql("delete from current_snapshot").update();

    Document page = page("/structure");

    assertThat(page.select("h1").text()).isEqualTo("No data has been loaded yet");
    assertThat(page.select("table")).isEmpty();
  }

  private Document page(String path) throws Exception {
    String body =
        mvc.perform(get(path).with(user(TestUsers.director())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(body);
  }

  private static String link(Element anchor) {
    return anchor.attr("href");
  }

  private static long count(Document page, String rowId) {
    return Long.parseLong(
        page.getElementById(rowId).select("td.govuk-table__cell--numeric").text());
  }

  private static Map<String, Long> counts(Document page, String rowIdPrefix) {
    return page.select("tr[id^=" + rowIdPrefix + "]").stream()
        .collect(
            Collectors.toMap(
                row -> row.id().substring(rowIdPrefix.length()),
                row -> Long.parseLong(row.select("td.govuk-table__cell--numeric").text())));
  }

  private static List<String> childIds(Document page) {
    return page.select("tr[id^=child-]").stream().map(row -> row.id().substring(6)).toList();
  }

  private static List<String> crumbs(Document page) {
    return page.select(".govuk-breadcrumbs__link").eachText();
  }

  private static Map<String, Long> filter(Map<String, Long> counts, List<String> keys) {
    return keys.stream().collect(Collectors.toMap(k -> k, k -> counts.getOrDefault(k, 0L)));
  }

  /** Children allocated on the served date, grouped by a column, counted another way. */
  private Map<String, Long> independentCounts(String groupBy) {
    String sql =
        switch (groupBy) {
          case "t.service_area_id" -> INDEPENDENT.formatted("t.service_area_id");
          case "a.team_id" -> INDEPENDENT.formatted("a.team_id");
          case "a.worker_id" -> INDEPENDENT.formatted("a.worker_id");
          default -> throw new IllegalArgumentException(groupBy);
        };
    return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private long independentUnallocated() {
    return jdbc.sql(
            """
            select count(distinct c.child_id)
              from current_snapshot cs
              join snapshot s using (snapshot_id)
              join child c using (snapshot_id)
              left join referral r using (snapshot_id, child_id)
              left join episode_of_care e using (snapshot_id, child_id)
              left join allocation a on a.snapshot_id = s.snapshot_id and a.child_id = c.child_id
                   and daterange(a.start_date, a.end_date, '[)') @> s.as_at
             where a.allocation_id is null
               and ((r.referral_id is not null
                     and daterange(r.cin_referral_date, r.cin_closure_date, '[)') @> s.as_at)
                    or (e.episode_id is not null
                     and daterange(e.decom, e.dec, '[)') @> s.as_at))
            """)
        .query(Long.class)
        .single();
  }

  private static final String INDEPENDENT =
      """
      select %s, count(distinct a.child_id)
        from current_snapshot cs
        join snapshot s using (snapshot_id)
        join allocation a using (snapshot_id)
        join team t using (snapshot_id, team_id)
       where daterange(a.start_date, a.end_date, '[)') @> s.as_at
       group by 1
      """;
}
