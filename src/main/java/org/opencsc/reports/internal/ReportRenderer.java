package org.opencsc.reports.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jspecify.annotations.Nullable;
import org.opencsc.reports.ReportKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a report out: its Thymeleaf template ({@code reports/board-pack}, {@code
 * reports/scrutiny-report}) writes it as one HTML document with its styles inside (so the HTML copy
 * opens on its own, e-mailed or from a shared drive), and openhtmltopdf turns that same document
 * into the PDF, drawing the trend charts' SVG with Batik. The PDF uses the standard PDF fonts: the
 * templates keep to the characters they have.
 */
@Component
public class ReportRenderer {

  private final ITemplateEngine templates;
  private final String styles;

  ReportRenderer(ITemplateEngine templates) throws IOException {
    this.templates = templates;
    this.styles =
        new ClassPathResource("reports.css", ReportRenderer.class)
            .getContentAsString(StandardCharsets.UTF_8);
  }

  public RenderedReport boardPack(PackContent pack) {
    return render(
        ReportKind.BOARD_PACK,
        "reports/board-pack",
        Map.of("pack", pack),
        pack.asAt(),
        pack.periodStart(),
        null,
        null);
  }

  public RenderedReport scrutiny(ScrutinyContent report) {
    return render(
        ReportKind.SCRUTINY,
        "reports/scrutiny-report",
        Map.of("report", report),
        report.asAt(),
        report.periodStart(),
        report.theme(),
        report.question());
  }

  private RenderedReport render(
      ReportKind kind,
      String template,
      Map<String, Object> variables,
      LocalDate asAt,
      LocalDate periodStart,
      @Nullable String theme,
      @Nullable String question) {
    Context context = new Context(Locale.UK, variables);
    context.setVariable("styles", styles);
    String html = templates.process(template, context);
    byte[] pdf = pdf(html);
    return new RenderedReport(kind, asAt, periodStart, theme, question, html, pdf, pages(pdf));
  }

  private static byte[] pdf(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The report could not be written as PDF", e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("The report's PDF could not be read back", e);
    }
  }
}
