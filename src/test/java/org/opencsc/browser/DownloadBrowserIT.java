package org.opencsc.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * A performance analyst opens the load history, then load 9101 of {@code load-history.sql}, and
 * downloads its findings as CSV and as Excel by clicking the links: the browser saves each file,
 * whose first line is the findings' header row.
 */
class DownloadBrowserIT {

  static final List<String> HEADER =
      List.of("file", "row", "child_id", "field", "value", "severity", "rule", "message");

  private final BrowserApp app = BrowserApp.get();

  @Test
  void anAnalystDownloadsALoadsFindingsAsCsvAndExcel() throws IOException {
    try (BrowserSession session = new BrowserSession(app, "download")) {
      session.signIn("analyst", BrowserApp.PASSWORD);
      Page page = session.page();
      page.locator("#navigation-loads").click();
      session.check("loads");
      page.locator("tr[id='run-9101'] a").first().click();
      page.waitForLoadState();
      assertThat(page.url()).endsWith("/loads/9101");
      session.check("load");

      Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
      assertThat(csv.suggestedFilename()).isEqualTo("opencsc-load-9101-findings.csv");
      assertThat(firstLine(csv.path())).isEqualTo("\uFEFF" + String.join(",", HEADER));

      Download xlsx = page.waitForDownload(() -> page.locator("#download-xlsx").click());
      assertThat(xlsx.suggestedFilename()).isEqualTo("opencsc-load-9101-findings.xlsx");
      assertThat(firstRow(xlsx.path())).isEqualTo(HEADER);
    }
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.readLine();
    }
  }

  private static List<String> firstRow(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Row row = workbook.getFirstSheet().openStream().findFirst().orElseThrow();
      return row.stream().map(cell -> cell == null ? "" : cell.getText()).toList();
    }
  }
}
