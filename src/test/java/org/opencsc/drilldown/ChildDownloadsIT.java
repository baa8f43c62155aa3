package org.opencsc.drilldown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The child page's downloads on {@code child-record.sql}: the timeline and the workers who held the
 * case, as CSV and Excel, parse back to the rows the page shows, and each download is logged.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/drilldown/child-record.sql")
class ChildDownloadsIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theTimelineCsvHasThePagesRowsAndIsLogged() throws Exception {
    String marker = "w4-" + UUID.randomUUID();
    OpenCscUser w4 = TestUsers.scoped(Roles.SOCIAL_WORKER, "W4", null, null, marker);
    Document page = page(w4);

    MockHttpServletResponse csv = download("/children/C1/timeline?format=csv", w4);

    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("child-C1-timeline.csv");
    List<List<String>> rows = csv(csv.getContentAsByteArray());
    assertThat(rows.get(0)).containsExactly("Date", "Until", "Record", "Details", "Record ID");
    assertThat(rows).hasSize(1 + ChildRecordIT.TIMELINE.size());
    List<List<String>> pageRows = new ArrayList<>();
    for (var row : page.select("tr[id^=event-]")) {
      List<String> cells = row.select("th, td").stream().map(Element::text).toList();
      pageRows.add(List.of(cells.get(1), cells.get(3)));
    }
    assertThat(rows.subList(1, rows.size()).stream().map(r -> List.of(r.get(2), r.get(3))))
        .containsExactlyElementsOf(pageRows);
    assertThat(rows.get(2))
        .containsExactly(
            "2026-03-02",
            "",
            "Assessment",
            "Child seen: 3 Mar 2026; Working days so far: 21",
            "AS3");
    assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("2024-02-01");
    assertThat(log(marker))
        .containsExactly(
            List.of("view", "C1", "", "/children/C1"),
            List.of("view", "C1", "", "/children/C1/timeline"),
            List.of("export", "", "child timeline", "/children/C1/timeline"));
    assertThat(exportedRows(marker)).isEqualTo(ChildRecordIT.TIMELINE.size());
  }

  @Test
  void theTimelineWorkbookHasTypedDates() throws Exception {
    MockHttpServletResponse xlsx =
        download("/children/C1/timeline?format=xlsx", TestUsers.director());

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(1 + ChildRecordIT.TIMELINE.size());
      Row as1 = rows.get(1 + ChildRecordIT.TIMELINE.indexOf("assessment-AS1"));
      assertThat(as1.getCell(0).getType()).isEqualTo(CellType.NUMBER);
      assertThat(as1.getCellAsDate(0)).contains(LocalDateTime.of(2024, 6, 3, 0, 0));
      assertThat(as1.getCellAsDate(1)).contains(LocalDateTime.of(2024, 8, 20, 0, 0));
      assertThat(as1.getCellAsString(2)).contains("Assessment");
      assertThat(as1.getCellAsString(3).orElseThrow()).contains("Within 45 working days: No");
      assertThat(as1.getCellAsString(4)).contains("AS1");
    }
  }

  @Test
  void theWorkersDownloadHasTheAllocations() throws Exception {
    List<List<String>> rows =
        csv(
            download("/children/C1/workers?format=csv", TestUsers.director())
                .getContentAsByteArray());

    assertThat(rows)
        .containsExactly(
            List.of("Worker", "Team", "From", "To", "Reason it ended"),
            List.of("Dev Patel", "Looked After Children", "2026-02-02", "", ""),
            List.of(
                "Fay Green",
                "Looked After Children",
                "2026-01-05",
                "2026-02-02",
                "Absence cover or return from absence (ABSENC)"),
            List.of(
                "Dev Patel",
                "Looked After Children",
                "2025-10-15",
                "2026-01-05",
                "Absence cover or return from absence (ABSENC)"),
            List.of(
                "Cara Jones",
                "Child Protection North",
                "2025-03-31",
                "2025-10-15",
                "New social worker assigned following child transfer due to standard process"
                    + " (TSPROC)"),
            List.of(
                "Ben Cole",
                "Child Protection North",
                "2024-06-24",
                "2025-03-31",
                "Previous social worker left role (LEFTRL)"),
            List.of(
                "Amira Shah",
                "Assessment East",
                "2024-06-03",
                "2024-06-24",
                "New social worker assigned following child transfer due to standard process"
                    + " (TSPROC)"));
    assertThat(LocalDate.parse(rows.get(1).get(2))).isEqualTo(LocalDate.of(2026, 2, 2));
  }

  @Test
  void aWorkerOfAnotherTeamCannotDownloadAndAnUnknownFormatIsNotFound() throws Exception {
    String marker = "w5-" + UUID.randomUUID();
    OpenCscUser w5 = TestUsers.scoped(Roles.SOCIAL_WORKER, "W5", null, null, marker);

    mvc.perform(get("/children/C1/timeline?format=csv").with(user(w5)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/children/C1/timeline?format=pdf").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
    assertThat(log(marker)).containsExactly(List.of("refused", "C1", "", "/children/C1/timeline"));
  }

  private Document page(OpenCscUser login) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/children/C1").with(user(login)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** A streamed download: MockMvc dispatches its body asynchronously. */
  private MockHttpServletResponse download(String path, OpenCscUser login) throws Exception {
    return mvc.perform(get(path).with(user(login)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  /** The CSV's records, after its byte order mark. */
  private static List<List<String>> csv(byte[] body) {
    assertThat(Arrays.copyOf(body, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
      rows.add(record.getFields());
    }
    return rows;
  }

  private List<List<String>> log(String username) {
    return jdbc.sql(
            "select action, coalesce(child_id, ''), coalesce(list, ''), path"
                + " from access_log where username = ? order by access_id")
        .param(username)
        .query(
            (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  private long exportedRows(String username) {
    return jdbc.sql("select row_count from access_log where username = ? and action = 'export'")
        .param(username)
        .query(Long.class)
        .single();
  }
}
