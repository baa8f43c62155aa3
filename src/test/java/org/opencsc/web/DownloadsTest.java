package org.opencsc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class DownloadsTest {

  static DownloadTable table() {
    return new DownloadTable("Children: team T1 [numerator]")
        .text("child")
        .integer("age")
        .percent("share")
        .date("since")
        .decimal("mean")
        .row("C01", 14, new BigDecimal("0.625"), LocalDate.of(2025, 3, 31), 12.5)
        .row("=HYPERLINK(\"x\")", null, null, null, null);
  }

  @Test
  void csvHasAByteOrderMarkAndNoFormula() {
    ResponseEntity<byte[]> download = Downloads.of("csv", table(), "children");

    List<String> lines = new String(download.getBody(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .containsExactly(
            "\uFEFFchild,age,share,since,mean",
            "C01,14,0.625,2025-03-31,12.5",
            "\"'=HYPERLINK(\"\"x\"\")\",,,,");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("attachment", "children.csv");
    assertThat(download.getHeaders().getCacheControl()).isEqualTo("no-store");
  }

  @Test
  void excelCellsKeepTheirTypes() throws Exception {
    ResponseEntity<byte[]> download = Downloads.of("XLSX", table(), "children");

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(download.getBody()))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Children  team T1  numerator");
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("child");
      Row first = rows.get(1);
      assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCellAsNumber(1)).contains(new BigDecimal("14"));
      assertThat(first.getCellAsNumber(2)).contains(new BigDecimal("0.625"));
      assertThat(first.getCellAsDate(3)).isPresent();
      assertThat(first.getCellAsDate(3).get().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 31));
      Row formula = rows.get(2);
      assertThat(formula.getCell(0).getType()).isEqualTo(CellType.STRING);
      assertThat(formula.getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
    }
  }

  @Test
  void anUnknownFormatIsNotFound() {
    assertThatThrownBy(() -> Downloads.of("pdf", table(), "children"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRowMustFitTheColumns() {
    assertThatThrownBy(() -> new DownloadTable("t").text("a").row("1", "2"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
