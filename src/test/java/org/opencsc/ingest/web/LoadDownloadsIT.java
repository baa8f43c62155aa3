package org.opencsc.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings downloads of run 9101 of {@code load-history.sql}: every finding, as CSV and as an
 * Excel workbook, with the spreadsheet formula in one value kept harmless. Rolled back after each
 * test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql("/org/opencsc/ingest/web/load-history.sql")
class LoadDownloadsIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void everyFindingDownloadsAsCsvWithAByteOrderMarkAndNoFormulas() throws Exception {
    long before = exportsOfRun9101();
    MockHttpServletResponse response = download("/loads/9101/findings.csv");
    // the findings name children: the download is in the access log, with its 7 rows
    assertThat(exportsOfRun9101()).isEqualTo(before + 1);
    byte[] bytes = response.getContentAsByteArray();

    assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"opencsc-load-9101-findings.csv\"");
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .containsExactly(
            "file,row,child_id,field,value,severity,rule,message",
            "notes.txt,,,,,file,FILE_NOT_RECOGNISED,not a file OpenCSC reads",
            "ssda903/header.csv,2,C02,UPN,\"'=HYPERLINK(\"\"http://example.org\"\")\",query,"
                + "UPN_FORMAT,not a unique pupil number",
            "ssda903/episodes.csv,3,C03,DECOM,2026-13-01,error,DATE_FORMAT,not a yyyy-mm-dd date",
            "ssda903/header.csv,4,C04,ETHNIC,XXXX,query,UNKNOWN_CODE,not a code of the 2025-26 list",
            "ssda903/episodes.csv,5,C05,DECOM,31/01/2026,error,DATE_FORMAT,not a yyyy-mm-dd date",
            "ssda903/episodes.csv,7,C07,RNE,ZZ,error,UNKNOWN_CODE,not a code of the 2025-26 list",
            "ssda903/episodes.csv,9,C09,DEC,2026-02-30,error,DATE_FORMAT,not a yyyy-mm-dd date");
  }

  @Test
  void everyFindingDownloadsAsAnExcelWorkbookWithTypedCells() throws Exception {
    MockHttpServletResponse response = download("/loads/9101/findings.xlsx");

    assertThat(response.getContentType()).isEqualTo(FindingDownloadController.XLSX);
    assertThat(response.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"opencsc-load-9101-findings.xlsx\"");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(8);
      assertThat(text(rows.get(0)))
          .containsExactly(
              "file", "row", "child_id", "field", "value", "severity", "rule", "message");
      assertThat(rows.get(1).getCell(1)).isNull();
      Row upn = rows.get(2);
      assertThat(upn.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(upn.getCellAsNumber(1)).contains(BigDecimal.valueOf(2));
      assertThat(upn.getCell(4).getType()).isEqualTo(CellType.STRING);
      assertThat(upn.getCellAsString(4)).contains("=HYPERLINK(\"http://example.org\")");
      assertThat(text(rows.get(7)))
          .containsExactly(
              "ssda903/episodes.csv",
              "9",
              "C09",
              "DEC",
              "2026-02-30",
              "error",
              "DATE_FORMAT",
              "not a yyyy-mm-dd date");
    }
  }

  @Test
  void theLoadHistoryDownloadsAsCsv() throws Exception {
    List<List<String>> runs = Pages.csv(download("/loads?format=csv"));

    assertThat(runs.get(0)).startsWith("Run", "Started", "Finished", "Seconds", "Trigger");
    assertThat(runs.stream().skip(1).map(row -> row.get(0))).contains("9101");
  }

  private long exportsOfRun9101() {
    return jdbc.sql(
            "select count(*) from access_log where action = 'export'"
                + " and list = 'findings of load 9101' and row_count = 7")
        .query(Long.class)
        .single();
  }

  private MockHttpServletResponse download(String path) throws Exception {
    return mvc.perform(get(path).with(user(TestUsers.withRole(Roles.ADMINISTRATOR))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  private static List<String> text(Row row) {
    return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
  }
}
