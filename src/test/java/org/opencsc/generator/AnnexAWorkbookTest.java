package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's Annex A workbook read back with the fastexcel reader: every list of the template
 * as a sheet with its headings, children's rows in lists 1–10 (list 11, adopters, headings only),
 * dates as Excel dates inside the six months ending on the extract date, coded values as the
 * template spells them.
 */
class AnnexAWorkbookTest {

  private static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);

  @TempDir static Path dir;
  static ReturnsWritten written;

  @BeforeAll
  static void write() {
    written =
        StatutoryReturnsTest.service().writeReturns(CouncilGenerator.generate(SMALL), SMALL, dir);
  }

  @Test
  void everyListIsASheetWithTheTemplatesHeadings() throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(annexA().toFile())) {
      List<String> names = workbook.getSheets().map(Sheet::getName).toList();
      assertThat(names)
          .containsExactly(
              "List 1", "List 2", "List 3", "List 4", "List 5", "List 6", "List 7", "List 8",
              "List 9", "List 10", "List 11");
      Row contacts = workbook.findSheet("List 1").orElseThrow().read().get(0);
      assertThat(contacts.stream().map(c -> c.getText()).toList())
          .containsExactly(
              "Child Unique ID",
              "Gender",
              "Ethnicity",
              "Date of Birth",
              "Age of Child (Years)",
              "Date of Contact",
              "Contact Source");
      Row leavers = workbook.findSheet("List 9").orElseThrow().read().get(0);
      assertThat(leavers.getCellCount()).isEqualTo(17);
      assertThat(workbook.findSheet("List 11").orElseThrow().read()).hasSize(1);
    }
  }

  @Test
  void childListsHaveRowsAndAdoptersNone() {
    Map<String, Integer> rows = written.annexARows();
    for (int list = 1; list <= 9; list++) {
      assertThat(rows.get("List " + list)).as("List %d", list).isPositive();
    }
    assertThat(rows.get("List 11")).isZero();
  }

  @Test
  void contactsAreInThePeriodAsExcelDatesWithTheTemplatesValues() throws IOException {
    LocalDate start = SMALL.asAt().minusMonths(6).plusDays(1);
    try (ReadableWorkbook workbook = new ReadableWorkbook(annexA().toFile())) {
      List<Row> rows = workbook.findSheet("List 1").orElseThrow().read();
      for (Row row : rows.subList(1, rows.size())) {
        assertThat(row.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        LocalDate contact = row.getCell(5).asDate().toLocalDate();
        assertThat(contact).isBetween(start, SMALL.asAt());
        assertThat(row.getCell(1).getText()).isIn("a) Male", "b) Female", "c) Not stated/recorded");
        assertThat(row.getCell(2).getText()).matches("[a-u]\\) [A-Z]{4}");
        assertThat(row.getCell(6).getText()).matches("[a-v]\\) (\\d+|\\d[A-F]): .+");
      }
    }
  }

  private static Path annexA() {
    return dir.resolve("annex-a").resolve("annex-a.xlsx");
  }
}
