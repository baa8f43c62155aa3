package org.opencsc.ingest.internal.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.annexa.Workbooks.Formula;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-built Annex A workbooks through the runner and the real database: what a bad cell, a bad
 * sheet and a bad workbook each get, and that the rest still loads.
 */
class AnnexASourceIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
  static final LocalDate BORN = LocalDate.of(2015, 6, 1);

  static DataSource dataSource;

  @TempDir Path dir;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource(TestDatabase.createMigratedDatabase("annexa_source"));
  }

  private IngestReport run(Path folder, boolean load) {
    return new IngestRunner(dataSource, List.of(new AnnexASource()), Clock.system(ZoneOffset.UTC))
        .run(new IngestRunner.Request(folder, load, "cli", "test", AS_AT, 7, IngestProgress.NONE));
  }

  private static List<Object> contact(
      Object id, Object gender, Object born, Object age, Object date) {
    return new ArrayList<>(List.of(id, gender, "a) WBRI", born, age, date, "e) 2A: Schools"));
  }

  private static Map<String, List<List<Object>>> sheet(
      String name, List<String> headings, List<List<Object>> rows) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(headings));
    all.addAll(rows);
    sheets.put(name, all);
    return sheets;
  }

  @Test
  void formulasAndFormulaLikeTextAreErrorsThatKeepTheirRowOutAndTheRestLoads() throws IOException {
    Workbooks.write(
        dir.resolve("in/annex.xlsx"),
        sheet(
            "List 1",
            Workbooks.CONTACTS,
            List.of(
                contact(" c1 ", "a) Male", BORN, -3, LocalDate.of(2025, 12, 1)),
                contact("C2", "b) Female", BORN, new Formula("1+1"), LocalDate.of(2025, 12, 2)),
                contact("C3", "b) Female", BORN, 10, "=HYPERLINK(\"x\")"),
                contact("C4", "b) Female", BORN, "@SUM(A1)", LocalDate.of(2025, 12, 2)),
                contact("C5", "b) Female", BORN, "-2+3", LocalDate.of(2025, 12, 2)))));
    IngestReport report = run(dir.resolve("in"), true);

    assertThat(report.findings())
        .extracting(Finding::row, Finding::childId, Finding::field, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple(3L, "C2", "List 1: Age of Child (Years)", "FORMULA_REFUSED"),
            tuple(4L, "C3", "List 1: Date of Contact", "FORMULA_REFUSED"),
            tuple(5L, "C4", "List 1: Age of Child (Years)", "FORMULA_REFUSED"),
            tuple(6L, "C5", "List 1: Age of Child (Years)", "FORMULA_REFUSED"));
    assertThat(report.findings()).allMatch(f -> f.file().equals("annex.xlsx"));
    assertThat(report.findings().get(0).message()).contains("sheet List 1");
    assertThat(
            JdbcClient.create(dataSource)
                .sql("select child_id from contact where snapshot_id = :s")
                .param("s", report.snapshotId())
                .query(String.class)
                .list())
        .containsExactly("C1");
  }

  @Test
  void datesAreExcelDatesOrTheTemplatesTextFormatsAndNothingElse() throws IOException {
    Workbooks.write(
        dir.resolve("in/annex.xlsx"),
        sheet(
            "List 1 - Contacts",
            Workbooks.concat(Workbooks.CONTACTS, List.of("A column OpenCSC does not know")),
            List.of(
                contact("C1", "a) Male", BORN, 10, LocalDate.of(2025, 12, 1)),
                contact("C2", "a) Male", "01/06/2015", 10, "02/12/2025"),
                contact("C3", "a) Male", "2015-06-01", 10, "2025-12-03"),
                List.of(),
                contact("C4", "a) Male", BORN, 10, "1/12/25"),
                contact("C5", "a) Male", BORN, 10, "Dec 1 2025"),
                contact("C6", "a) Male", BORN, 10, "31/02/2026"),
                contact("C7", "x) Robot", BORN, 10, "2025-12-03"))));
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings())
        .extracting(Finding::childId, Finding::field, Finding::value, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple("C4", "List 1: Date of Contact", "1/12/25", "DATE_FORMAT"),
            tuple("C5", "List 1: Date of Contact", "Dec 1 2025", "DATE_FORMAT"),
            tuple("C6", "List 1: Date of Contact", "31/02/2026", "DATE_FORMAT"),
            tuple("C7", "List 1: Gender", "x) Robot", "UNKNOWN_CODE"));
    assertThat(report.files().get(0).rowsRead()).isEqualTo(7);
  }

  @Test
  void aSheetWithoutOneOfItsColumnsRefusesThatListOnly() throws IOException {
    Map<String, List<List<Object>>> sheets =
        sheet(
            "List 1",
            Workbooks.CONTACTS,
            List.of(contact("C1", "a) Male", BORN, 10, LocalDate.of(2025, 12, 1))));
    sheets.putAll(
        sheet(
            "List 3",
            Workbooks.concat(Workbooks.CHILD, List.of("Date of referral", "Referral NFA?")),
            List.of()));
    Workbooks.write(dir.resolve("in/annex.xlsx"), sheets);
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings())
        .extracting(Finding::severity, Finding::rule)
        .containsExactly(tuple(Severity.FILE, "MISSING_COLUMNS"));
    assertThat(report.findings().get(0).message())
        .contains("sheet 'List 3'")
        .contains("Referral Source")
        .contains("Number of Referrals in Last 12 Months")
        .doesNotContain("Date of referral,");
    assertThat(report.tableRows().get("contact")).isEqualTo(1);
  }

  @Test
  void theOlderList9WithoutItsFourNewerColumnsIsRead() throws IOException {
    List<String> older =
        Workbooks.concat(
            Workbooks.CHILD,
            List.of(
                "Does the Child have a Disability",
                "Allocated Team",
                "Allocated Worker",
                "Eligibility Category",
                "LA in Touch",
                "Type of Accommodation",
                "Suitability of Accommodation",
                "Activity Status"));
    Workbooks.write(
        dir.resolve("in/annex.xlsx"),
        sheet(
            "List 9",
            older,
            List.of(
                List.of(
                    "C1",
                    "a) Male",
                    "a) WBRI",
                    LocalDate.of(2006, 1, 1),
                    20,
                    "b) No",
                    "Leaving" + " care",
                    "A Worker",
                    "b) Former relevant child",
                    "a) Yes",
                    "B: Parents/relatives",
                    "a) Suitable",
                    "F5: Full time"))));
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings()).isEmpty();
    assertThat(report.files().get(0).rowsRead()).isEqualTo(1);
  }

  @Test
  void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
    Path good =
        Workbooks.write(dir.resolve("good.xlsx"), sheet("List 1", Workbooks.CONTACTS, List.of()));
    byte[] padding = new byte[64 << 20];
    java.util.Arrays.fill(padding, (byte) ' ');
    Workbooks.replacePart(good, dir.resolve("in/bomb.xlsx"), "xl/worksheets/sheet1.xml", padding);
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings())
        .extracting(Finding::file, Finding::severity, Finding::rule)
        .containsExactly(tuple("bomb.xlsx", Severity.FILE, "ZIP_REFUSED"));
    assertThat(report.findings().get(0).message()).contains("times");
  }

  @Test
  void aDocumentTypeInsideTheWorkbookIsRefused() throws IOException {
    Path good =
        Workbooks.write(
            dir.resolve("good.xlsx"),
            sheet(
                "List 1",
                Workbooks.CONTACTS,
                List.of(contact("C1", "a) Male", BORN, 10, LocalDate.of(2025, 12, 1)))));
    ByteArrayOutputStream xxe = new ByteArrayOutputStream();
    xxe.writeBytes(
        ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>"
                + "</row></sheetData></worksheet>")
            .getBytes(StandardCharsets.UTF_8));
    Workbooks.replacePart(
        good, dir.resolve("in/xxe.xlsx"), "xl/worksheets/sheet1.xml", xxe.toByteArray());
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings())
        .extracting(Finding::file, Finding::severity, Finding::rule)
        .containsExactly(tuple("xxe.xlsx", Severity.FILE, "XML_DTD_REFUSED"));
    assertThat(report.findings().get(0).message()).doesNotContain("root:");
  }

  @Test
  void aWorkbookWithoutAnnexASheetsIsNotRecognised() throws IOException {
    Workbooks.write(
        dir.resolve("in/other.xlsx"), sheet("Budget", List.of("Item", "Cost"), List.of()));
    IngestReport report = run(dir.resolve("in"), false);

    assertThat(report.findings()).extracting(Finding::rule).containsExactly("FILE_NOT_RECOGNISED");
  }
}
