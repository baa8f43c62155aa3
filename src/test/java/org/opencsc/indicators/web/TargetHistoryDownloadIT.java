package org.opencsc.indicators.web;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target's history table downloads with the page's headings, newest first. The history, written
 * by hand (times in UTC; the page and the download show UK time):
 *
 * <ul>
 *   <li>15 Jan 2026 10:00Z (GMT, shown 10:00) "ana" sets referrals' target to 600, tolerance 25;
 *   <li>30 Mar 2026 01:30Z (BST, shown 02:30) "admin" changes it to 550.5, tolerance 20, with a
 *       reason a spreadsheet would take for a formula.
 * </ul>
 *
 * Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql(
    statements = {
      "insert into indicator_target (indicator, target, amber_tolerance, changed_by, changed_at)"
          + " values ('referrals', 550.5, 20, 'admin', '2026-03-30 01:30:00+00')",
      "insert into indicator_target_change (indicator, changed_at, changed_by, old_target,"
          + " old_amber_tolerance, new_target, new_amber_tolerance, reason)"
          + " values ('referrals', '2026-01-15 10:00:00+00', 'ana', null, null, 600, 25,"
          + " 'Agreed by the board'),"
          + " ('referrals', '2026-03-30 01:30:00+00', 'admin', 600, 25, 550.5, 20,"
          + " '-50 after the review')"
    })
class TargetHistoryDownloadIT {

  static final UserDetails ADMIN = TestUsers.withRole(Roles.ADMINISTRATOR);

  @Autowired MockMvc mvc;

  @Test
  void theHistoryDownloadsAsCsvWithThePagesHeadings() throws Exception {
    Document page = Pages.page(mvc, "/indicators/targets/referrals", ADMIN);
    List<List<String>> csv =
        Pages.csv(Pages.download(mvc, "/indicators/targets/referrals/history?format=csv", ADMIN));

    assertThat(page.select("#history-table a[href]").eachAttr("href"))
        .containsExactly(
            "/indicators/targets/referrals/history?format=csv",
            "/indicators/targets/referrals/history?format=xlsx");
    assertThat(csv.get(0)).isEqualTo(page.select("#history-table th[scope=col]").eachText());
    assertThat(csv)
        .containsExactly(
            List.of("When", "Changed by", "Target", "Amber tolerance", "Reason for the change"),
            List.of("2026-03-30 02:30:00", "admin", "550.5", "20", "'-50 after the review"),
            List.of("2026-01-15 10:00:00", "ana", "600", "25", "Agreed by the board"));
  }

  @Test
  void theExcelDownloadHasTheTargetsAsNumbers() throws Exception {
    MockHttpServletResponse response =
        Pages.download(mvc, "/indicators/targets/referrals/history?format=xlsx", ADMIN);

    assertThat(response.getHeader("Content-Disposition"))
        .startsWith("attachment; filename=\"opencsc-target-history-referrals.xlsx\"");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      Row latest = rows.get(1);
      assertThat(latest.getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(latest.getCellAsNumber(2)).contains(new BigDecimal("550.5"));
      assertThat(latest.getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(latest.getCellAsNumber(3)).contains(new BigDecimal("20"));
      assertThat(latest.getCell(4).getType()).isEqualTo(CellType.STRING);
      assertThat(latest.getCellAsString(4)).contains("-50 after the review");
    }
  }

  @Test
  void onlyAnAdministratorGetsItAndAnUnknownIndicatorIsNotFound() throws Exception {
    mvc.perform(
            get("/indicators/targets/referrals/history?format=csv")
                .with(user(TestUsers.director())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/indicators/targets/no_such/history?format=csv").with(user(ADMIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anIndicatorWithoutHistoryShowsNoDownloadLinks() throws Exception {
    Document page = Pages.page(mvc, "/indicators/targets/cla_at_period_end", ADMIN);

    assertThat(page.select("a[href*=format=]")).isEmpty();
    assertThat(
            Pages.csv(
                Pages.download(
                    mvc, "/indicators/targets/cla_at_period_end/history?format=csv", ADMIN)))
        .hasSize(1);
  }
}
