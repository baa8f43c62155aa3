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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.jdbc.Sql;
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
class BoardPackIT {

  /** Child ids as the test councils write them (C01, C001…): none may appear in a pack. */
  private static final Pattern CHILD_ID = Pattern.compile("\\bC\\d{2,}\\b");

  @Autowired MockMvc mvc;
  @Autowired BoardPacks packs;
  @Autowired IndicatorTargets targets;

  @Test
  void aDirectorMakesAPackWhoseFiguresAreTheIndicatorsOwn() throws Exception {
    // lower is better: 12.2 children per FTE against a target of 10 with 1 of tolerance is red
    targets.set(
        "caseload_per_worker", new BigDecimal("10"), BigDecimal.ONE, "admin", "board's aim");

    mvc.perform(post("/board-packs").with(user(TestUsers.director())).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/board-packs"));

    BoardPack pack = packs.archive().get(0);
    assertThat(pack.asAt()).hasToString("2025-03-31");
    assertThat(pack.periodStart()).hasToString("2024-04-01");
    assertThat(pack.generatedBy()).isEqualTo(TestUsers.director().getUsername());
    assertThat(pack.scheduled()).isFalse();

    String text = text(download("/board-packs/" + pack.id() + "/pdf", "application/pdf"));
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
    assertThat(pack.pages()).isEqualTo(pages(packs.pdf(pack.id()).orElseThrow()));

    String html =
        download("/board-packs/" + pack.id() + "/html", "text/html;charset=UTF-8")
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("<style>").contains("55 of 4.5").doesNotContainPattern(CHILD_ID);
  }

  @Test
  void thePacksFirstPageIsDrawnForAPersonToLookAt() throws Exception {
    BoardPack pack = packs.generate("analyst").orElseThrow();
    Path png = Path.of("target", "board-pack-page-1.png");
    try (PDDocument pdf = Loader.loadPDF(packs.pdf(pack.id()).orElseThrow())) {
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());
      // A4 landscape at 100 dpi: 297 by 210 mm, 1169.3 by 826.8 pixels
      assertThat(page.getWidth()).isEqualTo(1169);
      assertThat(page.getHeight()).isEqualTo(826);
    }
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void everyLoginReadsThePacksAndOnlyThoseWhoPrepareThemMakeThem() throws Exception {
    BoardPack pack = packs.generate("analyst").orElseThrow();

    Document archive = Pages.page(mvc, "/board-packs", TestUsers.boardMember());
    assertThat(archive.select("#pack-" + pack.id() + " td").first().text())
        .isEqualTo("31 March 2025");
    assertThat(archive.select("#make-pack")).isEmpty();
    assertThat(download("/board-packs/" + pack.id() + "/pdf", "application/pdf").getContentLength())
        .isPositive();
    mvc.perform(post("/board-packs").with(user(TestUsers.boardMember())).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/board-packs").with(user(TestUsers.socialWorker("W1"))).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(Pages.page(mvc, "/board-packs", TestUsers.director()).select("#make-pack"))
        .hasSize(1);
    mvc.perform(get("/board-packs/999999/pdf").with(user(TestUsers.director())))
        .andExpect(status().isNotFound());
  }

  @Test
  void theScheduleMakesOnePackASnapshot() {
    assertThat(packs.generateScheduled()).get().extracting(BoardPack::scheduled).isEqualTo(true);
    assertThat(packs.generateScheduled()).isEmpty();
    assertThat(packs.generate("director")).isPresent();
    assertThat(packs.archive()).extracting(BoardPack::scheduled).containsExactly(false, true);
  }

  private MockHttpServletResponse download(String path, String type) throws Exception {
    MockHttpServletResponse response = Pages.download(mvc, path, TestUsers.boardMember());
    assertThat(response.getContentType()).isEqualTo(type);
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
    return response;
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
