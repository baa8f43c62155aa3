package org.opencsc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.reports.internal.AnnexAColumn;
import org.opencsc.reports.internal.AnnexASheet;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Each Annex A list on a tiny council built by hand ({@code annex-a.sql}, as at 31 March 2026: the
 * period is 1 October 2025 to 31 March 2026): the sheet's name and headings as the template has
 * them, the rows the period selects, and one row's every value worked out by hand. Dates are read
 * back as dates, yes/no and codes in the template's spelling.
 */
class AnnexAListsIT {

  static final ServedSnapshot SNAPSHOT = new ServedSnapshot(9401, LocalDate.of(2026, 3, 31));

  /** Sheet name → its rows, each a map heading → the cell as text (dates yyyy-mm-dd). */
  static Map<String, List<Map<String, String>>> sheets;

  static Map<String, List<String>> headings = new LinkedHashMap<>();
  static Map<String, Map<String, CellType>> types = new LinkedHashMap<>();
  static AnnexAExport export;

  @BeforeAll
  static void export() throws IOException {
    DataSource dataSource =
        TestDatabase.dataSource(TestDatabase.createMigratedDatabase("reports_annexa_lists"));
    new ResourceDatabasePopulator(new ClassPathResource("org/opencsc/reports/annex-a.sql"))
        .execute(dataSource);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export =
        new AnnexAExporter(dataSource).write(SNAPSHOT, AnnexAPeriod.of(SNAPSHOT, null, null), out);
    sheets = read(out.toByteArray());
  }

  @Test
  void everySheetIsNamedAndHeadedAsTheTemplate() {
    assertThat(headings.keySet())
        .containsExactly(
            "List 1", "List 2", "List 3", "List 4", "List 5", "List 6", "List 7", "List 8",
            "List 9", "List 10", "List 11");
    // the number of columns of each list in shared/docs/data-standards.md b.3, counted by hand
    int[] columns = {7, 8, 11, 12, 14, 14, 17, 34, 17, 16, 19};
    for (AnnexASheet list : AnnexASheet.values()) {
      assertThat(headings.get(list.sheetName()))
          .as(list.sheetName())
          .hasSize(columns[list.number() - 1])
          .containsExactlyElementsOf(list.headings());
    }
    for (int n = 1; n <= 10; n++) {
      assertThat(headings.get("List " + n).subList(0, 5))
          .containsExactly(
              "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
      assertThat(headings.get("List " + n).contains("Does the Child have a Disability"))
          .isEqualTo(n >= 4);
    }
  }

  @Test
  void theRowsThePeriodSelects() {
    assertThat(export.rowsBySheet())
        .containsExactly(
            Map.entry("List 1", 1L),
            Map.entry("List 2", 1L),
            Map.entry("List 3", 2L),
            Map.entry("List 4", 1L),
            Map.entry("List 5", 1L),
            Map.entry("List 6", 2L),
            Map.entry("List 7", 1L),
            Map.entry("List 8", 2L),
            Map.entry("List 9", 1L),
            Map.entry("List 10", 2L),
            Map.entry("List 11", 0L));
    sheets.forEach(
        (sheet, rows) ->
            assertThat(rows).as(sheet).hasSize(export.rowsBySheet().get(sheet).intValue()));
  }

  @Test
  void list1Contacts() {
    assertThat(row("List 1", "K01"))
        .containsExactly(
            Map.entry("Child Unique ID", "K01"),
            Map.entry("Gender", "b) Female"),
            Map.entry("Ethnicity", "a) WBRI"),
            Map.entry("Date of Birth", "2015-05-10"),
            Map.entry("Age of Child (Years)", "10"),
            Map.entry("Date of Contact", "2026-01-10"),
            Map.entry("Contact Source", "a) 1A: Individual"));
  }

  @Test
  void list2EarlyHelp() {
    assertThat(row("List 2", "K01"))
        .containsEntry("Assessment start date", "2025-11-01")
        .containsEntry("Assessment completion date", "")
        .containsEntry("Organisation completing assessment", "Family Hub North");
  }

  @Test
  void list3Referrals() {
    // R1 and R0 (ten months before) are in the twelve months to R1's day; R0 is before the period
    assertThat(row("List 3", "K01"))
        .containsEntry("Date of referral", "2026-01-12")
        .containsEntry("Referral Source", "a) 1A: Individual")
        .containsEntry("Referral NFA?", "b) No")
        .containsEntry("Number of Referrals in Last 12 Months", "2")
        .containsEntry("Allocated Team", "Front Door")
        .containsEntry("Allocated Worker", "Amira Shah");
    assertThat(row("List 3", "K02")).containsEntry("Number of Referrals in Last 12 Months", "1");
  }

  @Test
  void list4Assessments() {
    assertThat(row("List 4", "K01"))
        .containsEntry("Does the Child have a Disability", "a) Yes")
        .containsEntry("Continuous Assessment Start Date", "2026-01-13")
        .containsEntry("Child Seen During Continuous Assessment", "a) Yes")
        .containsEntry("Continuous Assessment Date of Authorisation", "2026-02-20")
        .containsEntry(
            "Was the child assessed as requiring LA children's social care support?", "a) Yes")
        .containsEntry("Allocated Team", "Front Door")
        .containsEntry("Allocated Worker", "Amira Shah");
  }

  @Test
  void list5Section47() {
    assertThat(row("List 5", "K02"))
        .containsEntry("Age of Child (Years)", "14")
        .containsEntry("Does the Child have a Disability", "b) No")
        .containsEntry("Strategy discussion initiating Section 47 Enquiry Start Date", "2025-12-05")
        .containsEntry("Was an Initial Child Protection Conference deemed unnecessary?", "b) No")
        .containsEntry("Date of Initial Child Protection Conference", "2025-12-20")
        .containsEntry(
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "a) Yes")
        .containsEntry("Number of Section 47 Enquiries in the last 12 months", "1")
        .containsEntry("Number of ICPCs in the last 12 months", "1")
        .containsEntry("Allocated Team", "Child Protection")
        .containsEntry("Allocated Worker", "=Ben Cole");
  }

  @Test
  void textThatLooksLikeAFormulaIsText() {
    assertThat(types.get("List 5").get("Allocated Worker")).isEqualTo(CellType.STRING);
    assertThat(types.get("List 5").get("Date of Initial Child Protection Conference"))
        .isEqualTo(CellType.NUMBER);
  }

  @Test
  void list6ChildrenInNeed() {
    // the visit of 20 March did not see the child; the CIN plan makes the status
    assertThat(row("List 6", "K01"))
        .containsEntry("CIN Start Date", "2026-01-12")
        .containsEntry("Primary Need Code", "N1 - Abuse or neglect")
        .containsEntry("Date Child Was Last Seen", "2026-03-01")
        .containsEntry("CIN Closure Date", "")
        .containsEntry("Reason for Closure", "")
        .containsEntry("Case Status", "c) Child in need plan")
        .containsEntry("Allocated Worker", "Amira Shah");
    assertThat(row("List 6", "K02")).containsEntry("Case Status", "b) Child Protection plan");
  }

  @Test
  void list7ChildProtection() {
    assertThat(row("List 7", "K02"))
        .containsEntry("Child Protection Plan Start Date", "2025-12-20")
        .containsEntry("Initial Category of Abuse", "a) Neglect")
        .containsEntry("Latest Category of Abuse", "b) Physical abuse")
        .containsEntry("Date of the Last Statutory Visit", "2026-03-10")
        .containsEntry("Was the Child Seen Alone?", "a) Yes")
        .containsEntry("Date of latest review conference", "2026-03-15")
        .containsEntry("Child Protection Plan End Date", "")
        .containsEntry(
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six"
                + " Months (Y/N)",
            "b) No")
        .containsEntry("Number of Previous Child Protection Plans", "1")
        .containsEntry("Allocated Team", "Child Protection");
  }

  @Test
  void list8ChildrenInCare() {
    Map<String, String> row = row("List 8", "K03");
    List<String> own = new ArrayList<>(row.values()).subList(6, row.size());
    assertThat(own)
        .containsExactly(
            "a) Yes",
            "2025-01-01",
            "N1 - Abuse or neglect",
            "b) No",
            "2025-11-01",
            "C1: ICO",
            "2026-02-01",
            "2026-03-20",
            "",
            "",
            "2025-12-01",
            "2026-01-05",
            "2",
            "",
            "",
            "2025-08-01",
            "d) U4: Foster placement - long term",
            "b) PR1: Own provision",
            "AB1 2CD",
            "SC123456",
            "b) Out",
            "",
            "1",
            "1",
            "a) Yes",
            "b) No",
            "Looked After",
            "Cara Jones");
    // K05's care ended with the adoption order in the period: listed, ceased and why
    assertThat(row("List 8", "K05"))
        .containsEntry("Date Ceased to be Looked After", "2025-12-01")
        .containsEntry("Start date of current legal status", "2024-02-01");
  }

  @Test
  void list9CareLeavers() {
    assertThat(row("List 9", "K04"))
        .containsEntry(
            "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
            "b) No")
        .containsEntry("Allocated Team", "Looked After")
        .containsEntry("Allocated Worker", "Cara Jones")
        .containsEntry("Allocated Personal Advisor", "Cara Jones")
        .containsEntry("Eligibility Category", "b) Former relevant child")
        .containsEntry("Latest Pathway Plan Review Date", "2026-01-15")
        .containsEntry("Latest Date of Contact", "2026-02-01")
        .containsEntry("Type of Accommodation", "C: Community home/residential care")
        .containsEntry("Suitability of Accommodation", "a) Suitable")
        .containsEntry("Activity Status", "F2: Full time in education other than higher");
    assertThat(row("List 9", "K04")).containsEntry("LA in Touch", "a) Yes");
  }

  @Test
  void list10Adoption() {
    assertThat(row("List 10", "K05"))
        .containsEntry("Family identifier", "")
        .containsEntry("Date the Child Entered Care", "2023-01-01")
        .containsEntry("Date of Decision that Child Should be Placed for Adoption", "2023-06-01")
        .containsEntry("Date of Placement Order", "2024-02-01")
        .containsEntry("Date of Matching Child and Prospective Adopters", "2024-05-01")
        .containsEntry("Date Placed for Adoption", "2024-06-01")
        .containsEntry("Date of Adoption Order", "2025-12-01")
        .containsEntry("Date of Decision that Child Should No Longer be Placed for Adoption", "");
    // no AD1 yet: the decision is PlacedAdoption's
    assertThat(row("List 10", "K06"))
        .containsEntry("Date of Decision that Child Should be Placed for Adoption", "2026-03-01")
        .containsEntry("Date the Child Entered Care", "");
  }

  @Test
  void list11AdoptersHasItsHeadingsOnly() {
    assertThat(sheets.get("List 11")).isEmpty();
    assertThat(headings.get("List 11").get(0)).isEqualTo("Individual adopter identifier");
  }

  private static Map<String, String> row(String sheet, String childId) {
    return sheets.get(sheet).stream()
        .filter(r -> r.get("Child Unique ID").equals(childId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sheet + " has no row for " + childId));
  }

  private static Map<String, List<Map<String, String>>> read(byte[] xlsx) throws IOException {
    Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        AnnexASheet list = AnnexASheet.values()[all.size()];
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        Map<String, CellType> cellTypes = new LinkedHashMap<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : stream.toList()) {
            if (heads.isEmpty()) {
              row.forEach(c -> heads.add(c.getText()));
              continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < heads.size(); i++) {
              Cell cell = row.getOptionalCell(i).orElse(null);
              values.put(heads.get(i), text(cell, list.columns().get(i).kind()));
              if (cell != null) {
                cellTypes.putIfAbsent(heads.get(i), cell.getType());
              }
            }
            rows.add(values);
          }
        }
        headings.put(sheet.getName(), heads);
        types.put(sheet.getName(), cellTypes);
        all.put(sheet.getName(), rows);
      }
    }
    return all;
  }

  private static String text(Cell cell, AnnexAColumn.Kind kind) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (kind == AnnexAColumn.Kind.DATE) {
      return cell.asDate().toLocalDate().toString();
    }
    if (cell.getType() == CellType.NUMBER) {
      return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
    }
    return cell.getText();
  }
}
