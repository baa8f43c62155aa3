package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.opencsc.web.Downloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables of run 9101's page ({@code load-history.sql}) as downloads: its files, the rows it
 * loaded into each table, its findings counted by rule, and its findings with the page's filters.
 * Each has the page table's headings in the page's order. Expected, from the fixture's header:
 *
 * <ul>
 *   <li>files, by name: notes.txt (13 bytes, not recognised, 0 read, 0 rejected), episodes.csv
 *       (12,345 bytes, 10 read, 4 rejected), header.csv (2,048 bytes, 6 read, 0 rejected);
 *   <li>rows loaded: child 6, episode_of_care 6;
 *   <li>by rule (errors, then queries, then files; the commonest first, then by rule): error
 *       DATE_FORMAT 3, error UNKNOWN_CODE 1, query UNKNOWN_CODE 1, query UPN_FORMAT 1, file
 *       FILE_NOT_RECOGNISED 1;
 *   <li>findings of severity error: rows 3, 5, 7 and 9 of episodes.csv (C03, C05, C07, C09); of
 *       severity query and rule UPN_FORMAT: row 2 of header.csv, whose value is a formula.
 * </ul>
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/ingest/web/load-history.sql")
class LoadRunDownloadsIT {

  static final UserDetails ANALYST = TestUsers.withRole(Roles.PERFORMANCE_ANALYST);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theFilesTableDownloadsWithThePagesHeadings() throws Exception {
    Document page = Pages.page(mvc, "/loads/9101", ANALYST);
    List<List<String>> csv = csv("/loads/9101/files?format=csv");

    assertThat(csv.get(0)).isEqualTo(page.select("#files th[scope=col]").eachText());
    assertThat(csv)
        .containsExactly(
            List.of(
                "File", "Recognised as", "Size (bytes)", "SHA-256", "Rows read", "Rows rejected"),
            List.of("notes.txt", "Not recognised", "13", "c".repeat(64), "0", "0"),
            List.of("ssda903/episodes.csv", "SSDA903 Episodes", "12345", "a".repeat(64), "10", "4"),
            List.of("ssda903/header.csv", "SSDA903 Header", "2048", "b".repeat(64), "6", "0"));
    assertThat(page.select("#files a[href]").eachAttr("href"))
        .containsExactly("/loads/9101/files?format=csv", "/loads/9101/files?format=xlsx");
  }

  @Test
  void theRowsLoadedAndTheCountsByRuleDownloadWithThePagesHeadings() throws Exception {
    Document page = Pages.page(mvc, "/loads/9101", ANALYST);
    List<List<String>> tables = csv("/loads/9101/tables?format=csv");
    List<List<String>> counts = csv("/loads/9101/finding-counts?format=csv");

    assertThat(tables.get(0)).isEqualTo(page.select("#table-counts th[scope=col]").eachText());
    assertThat(tables)
        .containsExactly(
            List.of("Table", "Rows"), List.of("child", "6"), List.of("episode_of_care", "6"));
    assertThat(counts.get(0)).isEqualTo(page.select("#finding-counts th[scope=col]").eachText());
    assertThat(counts)
        .containsExactly(
            List.of("Rule", "Severity", "Findings"),
            List.of("DATE_FORMAT", "Error", "3"),
            List.of("UNKNOWN_CODE", "Error", "1"),
            List.of("UNKNOWN_CODE", "Query", "1"),
            List.of("UPN_FORMAT", "Query", "1"),
            List.of("FILE_NOT_RECOGNISED", "File not used", "1"));
  }

  @Test
  void theFindingsDownloadWithThePagesFiltersAndAreLogged() throws Exception {
    Document page = Pages.page(mvc, "/loads/9101?severity=error", ANALYST);
    // the access log is written in its own transaction, kept whatever the test does: count anew
    long errorExports = exports("findings of load 9101 (severity error)", 4);
    long upnExports = exports("findings of load 9101 (severity query, rule UPN_FORMAT)", 1);
    List<List<String>> errors = csv("/loads/9101?severity=error&format=csv");

    assertThat(page.select("#findings-table a[href]").eachAttr("href"))
        .containsExactly(
            "/loads/9101?severity=error&format=csv", "/loads/9101?severity=error&format=xlsx");
    assertThat(errors.get(0)).isEqualTo(page.select("#findings-table th[scope=col]").eachText());
    assertThat(errors)
        .containsExactly(
            List.of("File", "Row", "Child ID", "Field", "Value", "Severity", "Rule", "Message"),
            List.of(
                "ssda903/episodes.csv",
                "3",
                "C03",
                "DECOM",
                "2026-13-01",
                "Error",
                "DATE_FORMAT",
                "not a yyyy-mm-dd date"),
            List.of(
                "ssda903/episodes.csv",
                "5",
                "C05",
                "DECOM",
                "31/01/2026",
                "Error",
                "DATE_FORMAT",
                "not a yyyy-mm-dd date"),
            List.of(
                "ssda903/episodes.csv",
                "7",
                "C07",
                "RNE",
                "ZZ",
                "Error",
                "UNKNOWN_CODE",
                "not a code of the 2025-26 list"),
            List.of(
                "ssda903/episodes.csv",
                "9",
                "C09",
                "DEC",
                "2026-02-30",
                "Error",
                "DATE_FORMAT",
                "not a yyyy-mm-dd date"));
    // the findings name children: the export is logged with the filter and its four rows
    assertThat(exports("findings of load 9101 (severity error)", 4)).isEqualTo(errorExports + 1);

    List<List<String>> upn = csv("/loads/9101?severity=query&rule=UPN_FORMAT&format=csv");
    assertThat(upn).hasSize(2);
    // a value a spreadsheet would run as a formula is kept as text
    assertThat(upn.get(1).get(4)).isEqualTo("'=HYPERLINK(\"http://example.org\")");
    assertThat(exports("findings of load 9101 (severity query, rule UPN_FORMAT)", 1))
        .isEqualTo(upnExports + 1);
  }

  @Test
  void theExcelDownloadsHaveNumbersAsNumbers() throws Exception {
    MockHttpServletResponse files = download("/loads/9101/files?format=xlsx");
    assertThat(files.getContentType()).isEqualTo(Downloads.XLSX.toString());
    assertThat(files.getHeader("Content-Disposition"))
        .startsWith("attachment; filename=\"opencsc-load-9101-files.xlsx\"");
    List<Row> fileRows = sheet(files);
    assertThat(fileRows).hasSize(4);
    Row episodes = fileRows.get(2);
    assertThat(episodes.getCellAsString(0)).contains("ssda903/episodes.csv");
    for (int c : new int[] {2, 4, 5}) {
      assertThat(episodes.getCell(c).getType()).as("column %d", c).isEqualTo(CellType.NUMBER);
    }
    assertThat(episodes.getCellAsNumber(2)).contains(BigDecimal.valueOf(12345));
    assertThat(episodes.getCell(3).getType()).isEqualTo(CellType.STRING);

    Row child = sheet(download("/loads/9101/tables?format=xlsx")).get(1);
    assertThat(child.getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(child.getCellAsNumber(1)).contains(BigDecimal.valueOf(6));

    Row dateFormat = sheet(download("/loads/9101/finding-counts?format=xlsx")).get(1);
    assertThat(dateFormat.getCellAsNumber(2)).contains(BigDecimal.valueOf(3));

    long allExports = exports("findings of load 9101", 7);
    List<Row> findings = sheet(download("/loads/9101?format=xlsx"));
    assertThat(findings).hasSize(8);
    assertThat(findings.get(1).getCell(1)).isNull(); // notes.txt: the whole file, no row
    assertThat(findings.get(2).getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(findings.get(2).getCellAsNumber(1)).contains(BigDecimal.valueOf(2));
    assertThat(exports("findings of load 9101", 7)).isEqualTo(allExports + 1);
  }

  @Test
  void aRunThatDoesNotExistIsNotFoundAndABadSeverityIsABadRequest() throws Exception {
    for (String path :
        List.of(
            "/loads/9199/files?format=csv",
            "/loads/9199/tables?format=csv",
            "/loads/9199/finding-counts?format=csv",
            "/loads/9199?format=csv",
            "/loads/9101/files?format=pdf")) {
      mvc.perform(get(path).with(user(ANALYST))).andExpect(status().isNotFound());
    }
    mvc.perform(get("/loads/9101?severity=fatal&format=csv").with(user(ANALYST)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aRunWithoutFilesOrFindingsShowsNoDownloadLinks() throws Exception {
    Document page = Pages.page(mvc, "/loads/9102", ANALYST);

    assertThat(page.select("a[href*=format=]")).isEmpty();
    // asked for anyway, a table the page shows as empty downloads as its headings alone
    assertThat(csv("/loads/9102/files?format=csv"))
        .containsExactly(
            List.of(
                "File", "Recognised as", "Size (bytes)", "SHA-256", "Rows read", "Rows rejected"));
  }

  private long exports(String list, long rows) {
    return jdbc.sql(
            "select count(*) from access_log where action = 'export' and list = :list"
                + " and row_count = :rows")
        .param("list", list)
        .param("rows", rows)
        .query(Long.class)
        .single();
  }

  private MockHttpServletResponse download(String path) throws Exception {
    return Pages.download(mvc, path, ANALYST);
  }

  private List<List<String>> csv(String path) throws Exception {
    return Pages.csv(download(path));
  }

  private static List<Row> sheet(MockHttpServletResponse response) throws Exception {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      return workbook.getFirstSheet().read();
    }
  }
}
