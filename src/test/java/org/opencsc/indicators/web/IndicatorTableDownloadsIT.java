package org.opencsc.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator page's trend and benchmarks tables and a unit's page's trend table as downloads, on
 * the month ends of {@code trend-history.sql} (its header works them out) and the shipped benchmark
 * file (England's referrals in 2024-25: 632,830; no region or statistical neighbours configured).
 * Figures only: the board member gets them too.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({
  "/org/opencsc/indicators/council.sql",
  "/org/opencsc/indicators/engine.sql",
  "/org/opencsc/indicators/web/trend-history.sql"
})
class IndicatorTableDownloadsIT {

  static final UserDetails BOARD = TestUsers.boardMember();

  @Autowired MockMvc mvc;

  @Test
  void theCouncilTrendDownloadsWithThePagesHeadingsUpToTheServedDate() throws Exception {
    Document page = Pages.page(mvc, "/indicators/referrals", BOARD);
    List<List<String>> csv = csv("/indicators/referrals/trend?format=csv");

    assertThat(page.select("#trend a[href]").eachAttr("href"))
        .containsExactly(
            "/indicators/referrals/trend?format=csv", "/indicators/referrals/trend?format=xlsx");
    assertThat(csv.get(0)).isEqualTo(page.select("#trend th[scope=col]").eachText());
    assertThat(csv)
        .containsExactly(
            List.of("Month end", "Numerator", "Denominator", "Figure"),
            List.of("2025-01-31", "2", "0", "2"),
            List.of("2025-02-28", "3", "0", "3"),
            List.of("2025-03-31", "5", "0", "5"));
  }

  @Test
  void aPercentageTrendIsTypedAsPercentagesInExcel() throws Exception {
    assertThat(csv("/indicators/re_referrals_within_12_months/trend?format=csv"))
        .containsExactly(
            List.of("Month end", "Numerator", "Denominator", "Figure"),
            List.of("2025-02-28", "1", "3", "0.333333"),
            List.of("2025-03-31", "1", "4", "0.250"));

    List<Row> rows = sheet(download("/indicators/re_referrals_within_12_months/trend?format=xlsx"));
    assertThat(rows).hasSize(3);
    Row march = rows.get(2);
    assertThat(march.getCellAsDate(0)).contains(LocalDateTime.of(2025, 3, 31, 0, 0));
    assertThat(march.getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(march.getCell(3).getType()).isEqualTo(CellType.NUMBER);
    assertThat(march.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("0.25");
    assertThat(march.getCell(3).getDataFormatString()).isEqualTo("0.0%");
  }

  @Test
  void aUnitsTrendDownloadsFromItsPage() throws Exception {
    String unit = "/indicators/referrals/units/team/T3";
    Document page = Pages.page(mvc, unit, BOARD);
    List<List<String>> csv = csv(unit + "/trend?format=csv");

    assertThat(page.select("#trend a[href]").eachAttr("href"))
        .containsExactly(unit + "/trend?format=csv", unit + "/trend?format=xlsx");
    assertThat(csv.get(0)).isEqualTo(page.select("#trend th[scope=col]").eachText());
    assertThat(csv)
        .containsExactly(
            List.of("Month end", "Numerator", "Denominator", "Figure"),
            List.of("2025-02-28", "0", "0", "0"),
            List.of("2025-03-31", "1", "0", "1"));
    // a unit the indicator has no figure for is not found, as its page is
    mvc.perform(get("/indicators/referrals/units/team/T9/trend?format=csv").with(user(BOARD)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theBenchmarksDownloadWithThePagesHeadings() throws Exception {
    Document page = Pages.page(mvc, "/indicators/referrals", BOARD);
    List<List<String>> csv = csv("/indicators/referrals/benchmarks?format=csv");

    assertThat(page.select("#benchmarks-table a[href]").eachAttr("href"))
        .containsExactly(
            "/indicators/referrals/benchmarks?format=csv",
            "/indicators/referrals/benchmarks?format=xlsx");
    assertThat(csv.get(0)).isEqualTo(page.select("#benchmarks th[scope=col]").eachText());
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0))
        .containsExactly("Area", "Year", "Figure", "Council minus benchmark", "Source");
    // a count is not compared with England's: no difference
    assertThat(csv.get(1)).startsWith("England", "2024-25", "632830", "");
    assertThat(csv.get(1).get(4)).startsWith("DfE Children in need 2025, table C1");
    // what the page says is not available has its row, with empty cells
    assertThat(csv.get(2)).containsExactly("Region", "", "", "", "");
    assertThat(csv.get(3)).containsExactly("Statistical neighbours", "", "", "", "");

    List<Row> percent =
        sheet(download("/indicators/re_referrals_within_12_months/benchmarks?format=xlsx"));
    Row england = percent.get(1);
    assertThat(england.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(england.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("0.226");
    assertThat(england.getCell(2).getDataFormatString()).isEqualTo("0.0%");
  }

  private MockHttpServletResponse download(String path) throws Exception {
    return Pages.download(mvc, path, BOARD);
  }

  private List<List<String>> csv(String path) throws Exception {
    return Pages.csv(download(path));
  }

  private static List<Row> sheet(MockHttpServletResponse response) throws Exception {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(response.getContentAsByteArray()),
            new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }
}
