package org.opencsc.reports.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays a pack out: the Thymeleaf template {@code reports/board-pack} writes it as one HTML document
 * with its styles inside (so the HTML copy opens on its own, e-mailed or from a shared drive), and
 * openhtmltopdf turns that same document into the PDF, drawing the trend charts' SVG with Batik.
 * The PDF uses the standard PDF fonts: the template keeps to the characters they have.
 */
@Component
public class PackRenderer {

  static final String TEMPLATE = "reports/board-pack";

  private final ITemplateEngine templates;
  private final String styles;

  PackRenderer(ITemplateEngine templates) throws IOException {
    this.templates = templates;
    this.styles =
        new ClassPathResource("board-pack.css", PackRenderer.class)
            .getContentAsString(StandardCharsets.UTF_8);
  }

  public RenderedPack render(PackContent content) {
    String html =
        templates.process(
            TEMPLATE, new Context(Locale.UK, Map.of("pack", content, "styles", styles)));
    byte[] pdf = pdf(html);
    return new RenderedPack(content.asAt(), content.periodStart(), html, pdf, pages(pdf));
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
      throw new UncheckedIOException("The board pack could not be written as PDF", e);
    }
  }

  private static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("The board pack's PDF could not be read back", e);
    }
  }
}
