package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlMergeMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board pack of the workforce page's council ({@code workforce.sql} over the indicator tests'
 * {@code council.sql}, as at 31 March 2025), whose workforce figures are worked out by hand in that
 * file's header: made by a director, read back from its PDF with PDFBox (its first page drawn to
 * {@code target/board-pack-page-1.png} for a person to look at) and from its HTML copy.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
@Sql({"/org/opencsc/indicators/council.sql", "/org/opencsc/workforce/workforce.sql"})
class ReportsIT {

  /** Child ids as the test councils write them (C01, C001…): none may appear in a pack. */
  private static final Pattern CHILD_ID = Pattern.compile("\\bC\\d{2,}\\b");

  @Autowired MockMvc mvc;
  @Autowired Reports reports;
  @Autowired IndicatorTargets targets;
  @Autowired IndicatorHistory history;
  @Autowired IndicatorService indicators;

  @Test
  void aDirectorMakesAPackWhoseFiguresAreTheIndicatorsOwn() throws Exception {
    // lower is better: 12.2 children per FTE against a target of 10 with 1 of tolerance is red
    targets.set(
        "caseload_per_worker", new BigDecimal("10"), BigDecimal.ONE, "admin", "board's aim");

    mvc.perform(post("/reports/board-pack").with(user(TestUsers.director())).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/reports"));

    Report pack = reports.archive().get(0);
    assertThat(pack.asAt()).hasToString("2025-03-31");
    assertThat(pack.periodStart()).hasToString("2024-04-01");
    assertThat(pack.generatedBy()).isEqualTo(TestUsers.director().getUsername());
    assertThat(pack.scheduled()).isFalse();

    String text = text(download("/reports/" + pack.id() + "/pdf", "application/pdf"));
    assertThat(text)
        .contains("Improvement board pack")
        .contains("The twelve months from 1 April 2024 to 31 March 2025")
        .contains("Workforce stability")
        .contains("Front door")
        .contains("Children in care");
    // workforce.sql's header: 55 children / 4.5 FTE = 12.2; agency 1.5 of 5.5 FTE = 27.3%;
    // turnover 1 of 4 FTE = 25.0%; supervised on time 3 of 6 = 50.0%
    assertThat(text).contains("12.2").contains("55 of 4.5");
    assertThat(text).contains("27.3%").contains("1.5 of 5.5");
    assertThat(text).contains("25.0%").contains("50.0%").contains("3 of 6");
    assertThat(text).contains("Red against target:").contains("12.2 (target 10.0)");
    assertThat(text).doesNotContainPattern(CHILD_ID);
    assertThat(pack.pages()).isEqualTo(pages(reports.pdf(pack.id()).orElseThrow()));

    String html =
        download("/reports/" + pack.id() + "/html", "text/html;charset=UTF-8")
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<style>").contains("55 of 4.5").doesNotContainPattern(CHILD_ID);
  }

  @Test
  @Sql("/org/opencsc/reports/plan-and-audits.sql")
  @SqlMergeMode(SqlMergeMode.MergeMode.MERGE)
  void thePackShowsThePlansLateActionsAndTheAuditsResults() throws Exception {
    Report pack = reports.boardPack("director").orElseThrow();

    String text = text(download("/reports/" + pack.id() + "/pdf", "application/pdf"));
    // plan-and-audits.sql: action 9301 open and due 31 March 2025, 9302 completed; the plan is
    // judged on the clock's today, long after that due date
    assertThat(text)
        .containsPattern("2 actions in the plan; 1 overdue and 0 at risk on \\d")
        .contains("Not started 1 In progress 0 Completed 1 Closed 0")
        .containsPattern(
            "Tighten the front door's screening Pat Owner 31 Mar 2025 Not started RED overdue by"
                + " \\d+ days")
        .doesNotContain("Refresh the supervision policy");
    // three audits submitted January to March 2025: good, inadequate (moderated), outstanding
    assertThat(text)
        .contains("Jan to Mar 2025 3 1 1 0 1 66.7%")
        .contains("Pack test: voice of the child: 2 audits");
    assertThat(text).doesNotContainPattern(CHILD_ID);
  }

  @Test
  void withRecordedMonthEndsThePackDrawsTrendsAndTheChangeSinceLastMonth() throws Exception {
    history.record(indicators.servedSnapshot());

    Report pack = reports.boardPack("director").orElseThrow();

    String text = text(download("/reports/" + pack.id() + "/pdf", "application/pdf"));
    // as at 31 March 2025: the change is since the month end before March, 28 February 2025
    assertThat(text)
        .containsPattern("Children per case-holding worker \\(FTE\\).*since 28 Feb 2025");
    assertThat(reports.html(pack.id()).orElseThrow()).contains("<polyline");
  }

  @Test
  void thePacksFirstPageIsDrawnForAPersonToLookAt() throws Exception {
    Report pack = reports.boardPack("analyst").orElseThrow();
    BufferedImage page =
        drawFirstPage(reports.pdf(pack.id()).orElseThrow(), "board-pack-page-1.png");
    // A4 landscape at 100 dpi: 297 by 210 mm, 1169.3 by 826.8 pixels
    assertThat(page.getWidth()).isEqualTo(1169);
    assertThat(page.getHeight()).isEqualTo(826);
    assertThat(Files.size(Path.of("target", "board-pack-page-1.png"))).isGreaterThan(10_000);
  }

  @Test
  void everyLoginReadsThePacksAndOnlyThoseWhoPrepareThemMakeThem() throws Exception {
    Report pack = reports.boardPack("analyst").orElseThrow();

    Document archive = Pages.page(mvc, "/reports", TestUsers.boardMember());
    assertThat(archive.select("#report-" + pack.id() + " td").get(1).text())
        .isEqualTo("1 Apr 2024 to 31 Mar 2025");
    assertThat(archive.select("#make-pack")).isEmpty();
    assertThat(archive.select("#scrutiny-form")).isEmpty();
    assertThat(download("/reports/" + pack.id() + "/pdf", "application/pdf").getContentLength())
        .isPositive();
    mvc.perform(post("/reports/board-pack").with(user(TestUsers.boardMember())).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/reports/board-pack").with(user(TestUsers.socialWorker("W1"))).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(Pages.page(mvc, "/reports", TestUsers.director()).select("#make-pack")).hasSize(1);
    mvc.perform(get("/reports/999999/pdf").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
  }

  @Test
  void theScheduleMakesOnePackASnapshot() {
    assertThat(reports.scheduledBoardPack()).get().extracting(Report::scheduled).isEqualTo(true);
    assertThat(reports.scheduledBoardPack()).isEmpty();
    assertThat(reports.boardPack("director")).isPresent();
    assertThat(reports.archive()).extracting(Report::scheduled).containsExactly(false, true);
  }

  @Test
  void aScrutinyReportShowsOneThemeOverThePeriodByServiceAreaAndTeam() throws Exception {
    mvc.perform(
            post("/reports/scrutiny")
                .param("theme", "workforce")
                .param("from", "2024-04-01")
                .param("to", "2025-03-31")
                .param("question", "Caseloads by team, for the March meeting")
                .with(user(TestUsers.director()))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/reports"));

    Report report = reports.archive().get(0);
    assertThat(report.kind()).isEqualTo(ReportKind.SCRUTINY);
    assertThat(report.theme()).isEqualTo("workforce");
    assertThat(report.question()).isEqualTo("Caseloads by team, for the March meeting");
    assertThat(report.periodStart()).hasToString("2024-04-01");
    assertThat(report.fileName()).isEqualTo("scrutiny-workforce-2025-03-31-" + report.id());

    String text = text(download("/reports/" + report.id() + "/pdf", "application/pdf"));
    assertThat(text)
        .contains("Scrutiny committee report: Workforce stability")
        .contains("The period from 1 April 2024 to 31 March 2025")
        .contains("The committee asked Caseloads by team, for the March meeting")
        .contains("Children per case-holding worker (FTE): by service area and team");
    // workforce.sql's header: T1 24 / 1.5 = 16.0, T2 22 / 1.5 = 14.7, T3 9 / 1.5 = 6.0; council
    // 55 / 4.5 = 12.2; service areas SA1 (T1, T2) 46 / 3.0 = 15.3, SA2 (T3) 6.0
    assertThat(text)
        .contains("Assessment East Team 16.0 24 of 1.5")
        .contains("Child Protection North Team 14.7 22 of 1.5")
        .contains("Looked After Children Team 6.0 9 of 1.5")
        .contains("Children in Need and Protection Service area 15.3 46 of 3")
        .contains("55 of 4.5");
    assertThat(text).doesNotContain("Amira Shah").doesNotContainPattern(CHILD_ID);
    drawFirstPage(reports.pdf(report.id()).orElseThrow(), "scrutiny-report-page-1.png");
  }

  @Test
  void aScrutinyRequestThatCannotBeAnsweredIsShownAgainWithItsErrors() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    post("/reports/scrutiny")
                        .param("theme", "no-such-theme")
                        .param("from", "2025-04-01")
                        .param("to", "2025-06-30")
                        .with(user(TestUsers.director()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "Choose a theme", "The period must end on or before the date of the loaded data");
    assertThat(page.select("#to").val()).isEqualTo("2025-06-30");
    assertThat(reports.archive()).isEmpty();

    Document backwards =
        Jsoup.parse(
            mvc.perform(
                    post("/reports/scrutiny")
                        .param("theme", "workforce")
                        .param("from", "2025-03-01")
                        .param("to", "2025-01-31")
                        .with(user(TestUsers.director()))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(backwards.select("#from-error").text())
        .contains("The period's first day must be on or before its last day");
  }

  private MockHttpServletResponse download(String path, String type) throws Exception {
    MockHttpServletResponse response = Pages.download(mvc, path, TestUsers.boardMember());
    assertThat(response.getContentType()).isEqualTo(type);
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
    return response;
  }

  /** Draws page one of {@code pdf} to target/{@code name} for a person to look at. */
  private static BufferedImage drawFirstPage(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
      Path png = Path.of("target", name);
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());
      return page;
    }
  }

  private static String text(MockHttpServletResponse response) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }
}
