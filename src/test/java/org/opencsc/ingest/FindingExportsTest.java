package org.opencsc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class FindingExportsTest {

  private static final List<Finding> FINDINGS =
      List.of(
          new Finding(
              "episodes.csv",
              3L,
              "C1",
              "PLACE",
              "=HYPERLINK(\"http://x\")",
              "UNKNOWN_CODE",
              Severity.ERROR,
              "not a PLACE code in 2025-26"),
          Finding.file("notes.txt", "FILE_NOT_RECOGNISED", "not a file OpenCSC reads"));

  @Test
  void csvStartsWithAByteOrderMarkAndDefusesFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingExports.csv(FINDINGS, out);
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text)
        .startsWith("\uFEFFfile,row,child_id,field,value,severity,rule,message\r\n")
        .contains("episodes.csv,3,C1,PLACE,\"'=HYPERLINK(\"\"http://x\"\")\",error,UNKNOWN_CODE,")
        .contains("notes.txt,,,,,file,FILE_NOT_RECOGNISED,not a file OpenCSC reads");
  }

  @Test
  void workbookHasTypedCellsAndTheFormulaAsText() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FindingExports.xlsx(FINDINGS, out);

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).getCellText(0)).isEqualTo("file");
      assertThat(rows.get(1).getCellAsNumber(1))
          .hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(3));
      assertThat(rows.get(1).getCell(4).getType().name()).isEqualTo("STRING");
      assertThat(rows.get(1).getCellText(4)).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(rows.get(2).getCellText(6)).isEqualTo("FILE_NOT_RECOGNISED");
    }
  }

  @Test
  void csvStartsWithAByteOrderMarkNeutralisesFormulasAndLeavesTheStreamOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    FindingExports.csv(
        List.of(
            new Finding(
                "header.csv", 2L, "C1", "UPN", "=1+1", "UPN_FORMAT", Severity.QUERY, "Café")),
        out);

    assertThat(closed[0]).isFalse();
    byte[] written = bytes.toByteArray();
    assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8).lines())
        .containsExactly(
            "file,row,child_id,field,value,severity,rule,message",
            "header.csv,2,C1,UPN,'=1+1,query,UPN_FORMAT,Café");
  }
}
