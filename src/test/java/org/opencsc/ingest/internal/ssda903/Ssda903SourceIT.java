package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.EPISODES;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.HEADER;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.MISSING;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.PREV_PERM;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.cleanReturn;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SSDA903 source against a real database: each case a tiny hand-written return whose outcome is
 * worked out in the comments, staged, transformed and attached as a snapshot.
 */
class Ssda903SourceIT {

  /** In the 2025-26 collection year (1 April 2025 to 31 March 2026). */
  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  static DataSource dataSource;
  static JdbcClient jdbc;

  @TempDir Path dir;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource(TestDatabase.createMigratedDatabase("ssda903"));
    jdbc = JdbcClient.create(dataSource);
  }

  private Ssda903Harness.Run run(Path... files) throws Exception {
    return run(AS_AT, files);
  }

  private Ssda903Harness.Run run(LocalDate asAt, Path... files) throws Exception {
    return new Ssda903Harness(dataSource).run(asAt, files);
  }

  private Path header() {
    return write(dir, "header.csv", HEADER, "C1,M,15/06/2012,WBRI,A123456789012,,");
  }

  /** One column of a snapshot table, as text, ordered. */
  private List<String> column(Ssda903Harness.Run run, String table, String expression) {
    return jdbc.sql(
            "select ("
                + expression
                + ")::text from "
                + table
                + " where snapshot_id = :s order by 1")
        .param("s", run.snapshotId())
        .query(String.class)
        .list();
  }

  @Test
  void aCleanReturnLoadsEveryTableWithoutFindings() throws Exception {
    Ssda903Harness.Run run = run(cleanReturn(dir));

    assertThat(run.findings()).isEmpty();
    assertThat(run.unreadable()).isEmpty();
    assertThat(run.rowsRead())
        .containsEntry("header.csv", 4L)
        .containsEntry("episodes.csv", 4L)
        .containsEntry("sw_episodes.csv", 2L);
    // UN1/UN2 are the reason the UPN is unknown; C2 is UASC until her 18th birthday
    assertThat(
            column(
                run,
                "child",
                "concat_ws('|', child_id, sex, person_birth_date, ethnicity, upn, upn_unknown,"
                    + " uasc, duc, mother, mc_dob, source_file, source_row)"))
        .containsExactly(
            "C1|M|2012-06-15|WBRI|A123456789012|f|header.csv|1",
            "C2|F|2008-02-01|BAFR|UN2|t|2026-02-01|f|header.csv|2",
            "C3|F|2004-10-10|WBRI|B123456789012|f|t|2025-05-05|header.csv|3",
            "C4|M|2020-03-01|MWBC|UN1|f|header.csv|4");
    assertThat(
            column(
                run,
                "episode_of_care",
                "concat_ws('|', episode_id, place, place_provider, dec, rec, reason_place_change,"
                    + " pl_post, urn, source_row)"))
        .containsExactly(
            "C1/2024-01-01|U4|PR1|2025-07-01|X1|CARPL|XS2|XXXXXXX|1",
            "C1/2025-07-01|K2|PR4|XQ5|SC123456|2",
            "C2/2025-03-15|K3|PR4|2026-02-01|E15|XS3|XXXXXXX|3",
            "C4/2024-06-01|A5|PR1|2026-01-20|E11|XS4|XXXXXXX|4");
    assertThat(column(run, "cla_review", "cla_review_id || ' ' || review_code"))
        .containsExactly("C1/2025-05-10 PN1", "C1/2025-11-01 PN2");
    // OC2: health assessment and immunisations 1, teeth check 0, SDQ 14; dated 31 March
    assertThat(
            column(
                run,
                "health_check",
                "concat_ws('|', health_check_id, check_type, check_date, sdq_score)"))
        .containsExactly(
            "C1/health_assessment/2026-03-31|health_assessment|2026-03-31",
            "C1/immunisation/2026-03-31|immunisation|2026-03-31",
            "C1/sdq/2026-03-31|sdq|2026-03-31|14");
    // OC3: C3's 21st birthday, 10/10/2025
    assertThat(
            column(
                run,
                "care_leaver_contact",
                "concat_ws('|', care_leaver_contact_id, contact_date, in_touch, activ, accom)"))
        .containsExactly("C3/2025-10-10|2025-10-10|YES|F2|U1");
    assertThat(
            column(
                run,
                "adoption",
                "concat_ws('|', child_id, date_int, date_match, foster_care, nb_adoptr,"
                    + " sex_adoptr, ls_adoptr, date_placed, date_placed_ceased)"))
        .containsExactly("C4|2024-09-01|2025-02-01|t|2|MF|L11|2025-03-01");
    assertThat(column(run, "previous_permanence", "concat_ws('|', child_id, prev_perm, date_perm)"))
        .containsExactly("C2|P3|2019-06-01");
    assertThat(
            column(
                run,
                "missing_episode",
                "concat_ws('|', missing_episode_id, missing, mis_start, mis_end)"))
        .containsExactly("C1/2025-08-03|M|2025-08-03|2025-08-05", "C1/2026-03-20|A|2026-03-20");
    // SWEpisodes are checked, not loaded: allocations need the worker's team
    assertThat(column(run, "allocation", "allocation_id")).isEmpty();
  }

  @Test
  void aDfeRulesErrorKeepsItsRecordOutAndSaysWhyAndWhatToDo() throws Exception {
    // rule 142: C1's first episode has no end date or reason (DEC, REC) and a later one began
    Path header = write(dir, "header.csv", HEADER, "C1,M,15/06/2012,WBRI,A123456789012,,");
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX",
            "C1,01/07/2025,P,C2,N1,K2,PR4,,,,XS1,XQ5,SC123456");

    Ssda903Harness.Run run =
        new Ssda903Harness(dataSource).withDfeRules().run(AS_AT, header, episodes);

    // other DfE rules have their say on this small return too (191, 433, SW12STG2): 142 is the one
    assertThat(run.errors().stream().filter(f -> f.rule().equals("142")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("142");
              assertThat(f.file()).isEqualTo("episodes.csv");
              assertThat(f.row()).isEqualTo(1L);
              assertThat(f.childId()).isEqualTo("C1");
              assertThat(f.field()).isEqualTo("DEC");
              assertThat(f.value()).isNull();
              assertThat(f.message())
                  .startsWith("A new episode has started, but the previous episode has not ended.")
                  .contains("Found: Episodes row 1 DEC = (blank); Episodes row 1 REC = (blank).")
                  .contains("Related: Episodes row 2 DECOM = 01/07/2025")
                  .contains("What to do:");
            });
    assertThat(column(run, "episode_of_care", "concat_ws('|', child_id, source_row)"))
        .as("the episode in error is kept out")
        .doesNotContain("C1|1");
  }

  @Test
  void aDfeErrorInTheChildsOwnHeaderRowIsFlaggedAndTheChildStillLoads() throws Exception {
    // rule 393: C2 is a girl looked after (LS V2) and her Header leaves MOTHER blank. Keeping the
    // Header out would lose the child and all her rows: she loads, and the finding is a query.
    Path header = write(dir, "header.csv", HEADER, "C2,F,01/02/2008,BAFR,UN2,,");
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C2,15/03/2025,S,V2,N8,K3,PR4,01/02/2026,E15,,XS3,XS3,XXXXXXX");

    Ssda903Harness.Run run =
        new Ssda903Harness(dataSource).withDfeRules().run(AS_AT, header, episodes);

    assertThat(run.findings().stream().filter(f -> f.rule().equals("393")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
              assertThat(f.file()).isEqualTo("header.csv");
              assertThat(f.field()).isEqualTo("MOTHER");
              assertThat(f.message()).contains("The DfE counts this as an error");
            });
    assertThat(column(run, "child", "child_id")).containsExactly("C2");
  }

  @Test
  void eachTableIsRecognisedByItsHeaderRowWhateverTheFileIsCalled() {
    Ssda903Harness harness = new Ssda903Harness(dataSource);
    List<String> parts =
        List.of(cleanReturn(dir)).stream()
            .map(f -> harness.recognise(f).orElseThrow().part())
            .toList();

    assertThat(parts)
        .containsExactly(
            "Header",
            "Episodes",
            "Reviews",
            "UASC",
            "OC2",
            "OC3",
            "AD1",
            "PlacedAdoption",
            "PrevPerm",
            "Missing",
            "SWEpisodes");
    assertThat(harness.recognise(write(dir, "x.txt", "CHILD,DOB"))).isEmpty();
    assertThat(harness.recognise(write(dir, "empty.csv", ""))).isEmpty();
  }

  @Test
  void aFileMissingColumnsIsNotUsedAndSaysWhichAreMissing() throws Exception {
    Path episodes =
        write(
            dir,
            "episodes.csv",
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST",
            "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1");

    Ssda903Harness.Run run = run(header(), episodes);

    assertThat(run.unreadable()).containsOnlyKeys("episodes.csv");
    assertThat(run.unreadable().get("episodes.csv").rule()).isEqualTo("MISSING_COLUMNS");
    assertThat(run.unreadable().get("episodes.csv").getMessage())
        .contains("Episodes")
        .contains("PL_POST, URN");
    assertThat(column(run, "episode_of_care", "episode_id")).isEmpty();
    assertThat(column(run, "child", "child_id")).containsExactly("C1");
  }

  @Test
  void extraColumnsAreIgnoredWithOneQueryForTheFile() throws Exception {
    Path header =
        write(
            dir,
            "header.csv",
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,SURNAME,NOTES",
            "C1,M,15/06/2012,WBRI,A123456789012,,,Smith,ok",
            "C2,F,01/02/2008,BAFR,UN2,,,Jones,");

    Ssda903Harness.Run run = run(header);

    assertThat(run.findings())
        .extracting(Finding::file, Finding::row, Finding::value, Finding::rule)
        .containsExactly(tuple("header.csv", null, "SURNAME, NOTES", "EXTRA_COLUMNS"));
    assertThat(run.queries()).hasSize(1);
    assertThat(column(run, "child", "child_id")).containsExactly("C1", "C2");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
    byte[] text = (HEADER + "\r\nC1,M,15/06/2012,WBRI,A123456789012,,\r\n").getBytes(UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);

    Ssda903Harness.Run run = run(Ssda903Files.writeBytes(dir, "header.csv", bytes));

    assertThat(run.findings()).isEmpty();
    assertThat(column(run, "child", "child_id")).containsExactly("C1");
  }

  @Test
  void windows1252TextIsReadAsWindows1252() throws Exception {
    // "Sainte-Hélène – £" saved by Excel on a council laptop: é, – and £ are single bytes
    Charset windows1252 = Charset.forName("windows-1252");
    Path prevPerm =
        write(
            dir,
            "prev_perm.csv",
            windows1252,
            PREV_PERM + "\r\nC1,15/06/2012,P1,Sainte-Hélène – £,01/06/2019\r\n");

    Ssda903Harness.Run run = run(header(), prevPerm);

    assertThat(run.findings()).isEmpty();
    assertThat(column(run, "previous_permanence", "la_perm")).containsExactly("Sainte-Hélène – £");
  }

  @Test
  void blankLinesAreSkippedAndNotCounted() throws Exception {
    // data rows: 1 C1 01/01/2024, 2 C1 01/07/2025, 3 C1 with the bad PLACE after blank lines
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "",
            "C1,01/01/2024,S,C2,N1,U4,PR1,01/07/2025,X1,CARPL,XS1,XS2,XXXXXXX",
            ",,,,,,,,,,,,",
            "C1,01/07/2025,P,C2,N1,K2,PR4,01/09/2025,X1,CARPL,XS1,XQ5,SC123456",
            "   ",
            "C1,01/09/2025,P,C2,N1,Q9,PR4,,,,XS1,XQ5,SC123456",
            "",
            "");

    Ssda903Harness.Run run = run(header(), episodes);

    assertThat(run.rowsRead()).containsEntry("episodes.csv", 3L);
    assertThat(run.findings())
        .extracting(Finding::row, Finding::childId, Finding::field, Finding::value, Finding::rule)
        .containsExactly(tuple(3L, "C1", "PLACE", "Q9", "UNKNOWN_CODE"));
    assertThat(column(run, "episode_of_care", "source_row")).containsExactly("1", "2");
  }

  @Test
  void datesAreDayMonthYearWithOrWithoutLeadingZerosAndNothingElse() throws Exception {
    Path missing =
        write(
            dir,
            "missing.csv",
            MISSING,
            "C1,15/06/2012,M,01/04/2025,02/04/2025", // 1 dd/mm/yyyy
            "C1,15/06/2012,M,3/5/2025,", // 2 d/m/yyyy, as the DfE's validator reads it
            "C1,15/06/2012,M,2025-06-01,", // 3 ISO: refused
            "C1,15/06/2012,M,01-07-2025,", // 4 dashes: refused
            "C1,15/06/2012,M,01/08/25,", // 5 two-digit year: refused
            "C1,15/06/2012,M,31/02/2025,", // 6 no such day: refused
            "C1,15/06/2012,M,01/09/2025 00:00,", // 7 with a time: refused
            "C1,15/06/2012,M,1st October 2025,", // 8 words: refused
            "C1,15/06/2012,M,001/10/2025,", // 9 three-digit day: refused
            "C1,15/06/2012,M,01/10/20255,", // 10 five-digit year: refused
            "C1,15/06/2012,M,01/1/2025/,"); // 11 a slash too many: refused
    Path prevPerm =
        write(
            dir,
            "prev_perm.csv",
            PREV_PERM,
            "C1,15/06/2012,P1,,ZZ/06/2019"); // day unknown: allowed (DfE rule 632), no date stored

    Ssda903Harness.Run run = run(header(), missing, prevPerm);

    assertThat(column(run, "missing_episode", "mis_start"))
        .containsExactly("2025-04-01", "2025-05-03");
    assertThat(run.errors())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(
            tuple(3L, "MIS_START", "2025-06-01", "DATE_FORMAT"),
            tuple(4L, "MIS_START", "01-07-2025", "DATE_FORMAT"),
            tuple(5L, "MIS_START", "01/08/25", "DATE_FORMAT"),
            tuple(6L, "MIS_START", "31/02/2025", "DATE_FORMAT"),
            tuple(7L, "MIS_START", "01/09/2025 00:00", "DATE_FORMAT"),
            tuple(8L, "MIS_START", "1st October 2025", "DATE_FORMAT"),
            tuple(9L, "MIS_START", "001/10/2025", "DATE_FORMAT"),
            tuple(10L, "MIS_START", "01/10/20255", "DATE_FORMAT"),
            tuple(11L, "MIS_START", "01/1/2025/", "DATE_FORMAT"));
    assertThat(run.errors().get(3).message()).contains("not a real date");
    assertThat(column(run, "previous_permanence", "coalesce(date_perm::text, 'none')"))
        .containsExactly("none");
  }

  @Test
  void aPartlyUnknownDatePermStillHasToBeAPossibleDate() throws Exception {
    Path prevPerm = write(dir, "prev_perm.csv", PREV_PERM, "C1,15/06/2012,P1,,ZZ/13/2019");

    Ssda903Harness.Run run = run(header(), prevPerm);

    assertThat(run.errors())
        .extracting(Finding::field, Finding::value, Finding::rule)
        .containsExactly(tuple("DATE_PERM", "ZZ/13/2019", "DATE_FORMAT"));
  }

  @Test
  void theLaterOfTwoRowsWithTheSameKeyIsKeptOut() throws Exception {
    Path header =
        write(
            dir,
            "header.csv",
            HEADER,
            "C1,M,15/06/2012,WBRI,A123456789012,,",
            "C1,F,15/06/2012,WBRI,A123456789012,,"); // row 2: C1 again
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX",
            "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX", // row 2: the same row again
            "C1,01/01/2024,S,C2,N1,K2,PR4,,,,XS1,XS2,SC123456"); // row 3: same key, other values

    Ssda903Harness.Run run = run(header, episodes);

    assertThat(run.errors())
        .extracting(Finding::file, Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(
            tuple("header.csv", 2L, "CHILD", "C1", "DUPLICATE_ROW"),
            tuple("episodes.csv", 2L, "DECOM", "01/01/2024", "DUPLICATE_ROW"),
            tuple("episodes.csv", 3L, "DECOM", "01/01/2024", "DUPLICATE_ROW"));
    assertThat(run.errors().get(1).message()).contains("row 1 of episodes.csv");
    assertThat(column(run, "child", "sex")).containsExactly("M");
    assertThat(column(run, "episode_of_care", "place")).containsExactly("U4");
  }

  @Test
  void aTruncatedLastLineIsAnErrorForThatRowOnly() throws Exception {
    Path episodes =
        write(
            dir,
            "episodes.csv",
            StandardCharsets.UTF_8,
            EPISODES
                + "\r\nC1,01/01/2024,S,C2,N1,U4,PR1,01/07/2025,X1,CARPL,XS1,XS2,XXXXXXX"
                + "\r\nC1,01/07/2025,P,C2"); // cut off mid-row, no line end

    Ssda903Harness.Run run = run(header(), episodes);

    assertThat(run.errors())
        .extracting(Finding::row, Finding::childId, Finding::rule)
        .containsExactly(tuple(2L, "C1", "TOO_FEW_FIELDS"));
    assertThat(run.errors().get(0).message()).contains("4 fields", "13");
    assertThat(column(run, "episode_of_care", "episode_id")).containsExactly("C1/2024-01-01");
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsAnErrorUnlessTheyAreBlank() throws Exception {
    Path header =
        write(
            dir,
            "header.csv",
            HEADER,
            "C1,M,15/06/2012,WBRI,A123456789012,,,,", // trailing empty fields: fine
            "C2,F,01/02/2008,Black, African,UN2,0,01/01/2025"); // an unquoted comma shifts them

    Ssda903Harness.Run run = run(header);

    assertThat(run.errors())
        .extracting(Finding::row, Finding::rule)
        .containsExactly(tuple(2L, "TOO_MANY_FIELDS"));
    assertThat(column(run, "child", "child_id")).containsExactly("C1");
  }

  @Test
  void quotedValuesMayHoldCommasButAQuoteNeverClosedMakesTheFileUnusable() throws Exception {
    Path prevPerm =
        write(dir, "prev_perm.csv", PREV_PERM, "C1,15/06/2012,P1,\"Bath, North East\",01/06/2019");
    Path missing =
        write(
            dir,
            "missing.csv",
            MISSING,
            "C1,15/06/2012,M,01/04/2025,02/04/2025",
            "C1,\"15/06/2012,M,01/05/2025,");

    Ssda903Harness.Run run = run(header(), prevPerm, missing);

    assertThat(column(run, "previous_permanence", "la_perm")).containsExactly("Bath, North East");
    assertThat(run.unreadable()).containsOnlyKeys("missing.csv");
    assertThat(run.unreadable().get("missing.csv").rule()).isEqualTo("CSV_MALFORMED");
    assertThat(column(run, "missing_episode", "mis_start")).isEmpty();
  }

  @Test
  void anEmptyFileIsNotRecognisedAndAHeaderOnlyFileHasNoRows() throws Exception {
    Path empty = write(dir, "episodes.csv", StandardCharsets.UTF_8, "");
    Path headerOnly = write(dir, "reviews.csv", Ssda903Files.REVIEWS);

    Ssda903Harness.Run run = run(header(), empty, headerOnly);

    assertThat(run.unrecognised()).containsExactly("episodes.csv");
    assertThat(run.rowsRead()).containsEntry("reviews.csv", 0L);
    assertThat(run.findings()).isEmpty();
  }

  @Test
  void childIdsAreTrimmedAndUpperCasedBeforeTheyAreMatched() throws Exception {
    Path header = write(dir, "header.csv", HEADER, "  c1 ,m,15/06/2012,wbri,a123456789012,,");
    Path episodes =
        write(dir, "episodes.csv", EPISODES, "C1 ,01/01/2024,s,c2,n1,u4,pr1,,,,XS1,XS2,XXXXXXX");

    Ssda903Harness.Run run = run(header, episodes);

    assertThat(run.findings()).isEmpty();
    assertThat(column(run, "child", "concat_ws('|', child_id, sex, ethnicity, upn)"))
        .containsExactly("C1|M|WBRI|A123456789012");
    assertThat(column(run, "episode_of_care", "concat_ws('|', episode_id, rne, place)"))
        .containsExactly("C1/2024-01-01|S|U4");
  }

  @Test
  void rowsOfAChildWhoIsNotInTheHeaderAreKeptOut() throws Exception {
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX",
            "C9,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX");
    Path missing = write(dir, "missing.csv", MISSING, "C9,01/01/2010,M,01/05/2025,");

    Ssda903Harness.Run run = run(header(), episodes, missing);

    assertThat(run.errors())
        .extracting(Finding::file, Finding::row, Finding::childId, Finding::rule)
        .containsExactly(
            tuple("episodes.csv", 2L, "C9", "CHILD_NOT_IN_HEADER"),
            tuple("missing.csv", 1L, "C9", "CHILD_NOT_IN_HEADER"));
    assertThat(column(run, "episode_of_care", "child_id")).containsExactly("C1");
  }

  @Test
  void sexIs1Or2In2024to25AndMFOrUFrom2025to26() throws Exception {
    LocalDate in2024to25 = LocalDate.of(2025, 3, 31);
    Path old =
        write(
            dir,
            "header.csv",
            HEADER,
            "C1,1,15/06/2012,WBRI,A123456789012,,",
            "C2,2,01/02/2008,BAFR,UN2,,");
    Ssda903Harness.Run before = run(in2024to25, old);

    Path current =
        write(
            dir,
            "header.csv",
            HEADER,
            "C1,M,15/06/2012,WBRI,A123456789012,,",
            "C2,F,01/02/2008,BAFR,UN2,,",
            "C3,1,01/02/2008,BAFR,UN2,,");
    Ssda903Harness.Run after = run(current);

    assertThat(before.findings()).isEmpty();
    assertThat(column(before, "child", "child_id || sex")).containsExactly("C1M", "C2F");
    assertThat(column(after, "child", "child_id || sex")).containsExactly("C1M", "C2F");
    assertThat(after.errors())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(tuple(3L, "SEX", "1", "UNKNOWN_CODE"));
    assertThat(after.errors().get(0).message()).contains("2025-26", "F M U");
  }

  @Test
  void placementTypesFollowTheYear() throws Exception {
    // H5 was withdrawn in 2025-26 (K3 replaces it); Z11 is in the 2025-26 list
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,H5,PR4,01/07/2025,X1,CARPL,XS1,XS2,XXXXXXX",
            "C1,01/07/2025,P,C2,N1,Z11,PR4,,,,XS1,XQ5,XXXXXXX");

    Ssda903Harness.Run run = run(header(), episodes);

    assertThat(run.errors())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(tuple(1L, "PLACE", "H5", "UNKNOWN_CODE"));
    assertThat(column(run, "episode_of_care", "place")).containsExactly("Z11");
  }

  @Test
  void h5AndP2AreNoCodesFrom2024to25WhereK3ReplacesThem() throws Exception {
    // liia-tools-pipeline SSDA903_schema_2025.diff.yml (the 2024-25 return) lists K3 and neither
    // H5 nor P2; the DfE's rule 503D for 2024-25 lets last year's open H5 episode come back as K3
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,K3,PR4,01/07/2024,X1,CARPL,XS1,XS2,XXXXXXX",
            "C1,01/07/2024,P,C2,N1,H5,PR4,01/09/2024,X1,CARPL,XS1,XS3,XXXXXXX",
            "C1,01/09/2024,P,C2,N1,P2,PR4,,,,XS1,XS4,XXXXXXX");

    Ssda903Harness.Run run = run(LocalDate.of(2025, 3, 31), header(), episodes);

    assertThat(run.errors())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(
            tuple(2L, "PLACE", "H5", "UNKNOWN_CODE"), tuple(3L, "PLACE", "P2", "UNKNOWN_CODE"));
    assertThat(column(run, "episode_of_care", "place")).containsExactly("K3");
  }

  @Test
  void ofTwoOverlappingEpisodesTheLaterIsKeptOut() throws Exception {
    // row 2 starts before row 1 ends: out. Row 3 starts the day row 1 ends, which is allowed, and
    // overlaps only row 2, which is out already: kept.
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,01/01/2024,S,C2,N1,U4,PR1,01/07/2025,X1,CARPL,XS1,XS2,XXXXXXX",
            "C1,01/05/2025,P,C2,N1,U5,PR1,,,,XS1,XS2,XXXXXXX",
            "C1,01/07/2025,P,C2,N1,K2,PR4,,,,XS1,XQ5,SC123456");

    Ssda903Harness.Run run = run(header(), episodes);

    assertThat(run.errors())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(tuple(2L, "DECOM", "01/05/2025", "EPISODES_OVERLAP"));
    assertThat(run.errors().get(0).message())
        .contains("from 01/01/2024 to 01/07/2025 (row 1 of episodes.csv)");
    assertThat(column(run, "episode_of_care", "episode_id"))
        .containsExactly("C1/2024-01-01", "C1/2025-07-01");
  }

  @Test
  void blanksCodesAndPairsAreCheckedRowByRow() throws Exception {
    Path header =
        write(
            dir,
            "header.csv",
            HEADER,
            "C1,M,15/06/2012,WBRI,,,", // 1 UPN blank: loaded, queried (DfE rule 442)
            "C2,F,01/02/2008,XXXX,UN2,,", // 2 no such ethnicity
            "C3,F,,WBRI,UN2,,", // 3 no date of birth
            "C4,F,01/02/2008,WBRI,I123456789012,,"); // 4 a UPN cannot start with I
    Path episodes =
        write(
            dir,
            "episodes.csv",
            EPISODES,
            "C1,,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX", // 1 DECOM blank
            "C1,01/01/2024,S,C2,N1,U4,PR1,01/03/2025,,,XS1,XS2,XXXXXXX", // 2 DEC without REC
            "C1,01/04/2025,S,C2,N1,U4,PR1,01/03/2025,E8,,XS1,XS2,XXXXXXX"); // 3 DEC before DECOM

    Ssda903Harness.Run run = run(header, episodes);

    assertThat(run.findings())
        .extracting(
            Finding::file, Finding::row, Finding::field, Finding::rule, f -> f.severity().label())
        .containsExactly(
            tuple("header.csv", 1L, "UPN", "EXPECTED_FIELD", "query"),
            tuple("header.csv", 2L, "ETHNIC", "UNKNOWN_CODE", "error"),
            tuple("header.csv", 3L, "DOB", "MANDATORY_FIELD", "error"),
            tuple("header.csv", 4L, "UPN", "UPN_FORMAT", "error"),
            tuple("episodes.csv", 1L, "DECOM", "MANDATORY_FIELD", "error"),
            tuple("episodes.csv", 2L, "REC", "DEC_AND_REC", "error"),
            tuple("episodes.csv", 3L, "DEC", "END_BEFORE_START", "error"));
    assertThat(column(run, "child", "child_id || ':' || coalesce(upn, '-')"))
        .containsExactly("C1:-");
  }

  @Test
  void deprivationOfLibertyIsOnlyCollectedFrom2026to27() throws Exception {
    Path dolo = write(dir, "dolo.csv", Ssda903Files.DOLO, "C1,15/06/2012,01/05/2025,");

    Ssda903Harness.Run run = run(header(), dolo);

    assertThat(run.unreadable().get("dolo.csv").rule()).isEqualTo("TABLE_NOT_COLLECTED");
    assertThat(run.unreadable().get("dolo.csv").getMessage()).contains("2026-27", "2025-26");
  }

  @Test
  void deprivationOfLibertyIsReadIn2026to27ButNotLoaded() throws Exception {
    Path dolo = write(dir, "dolo.csv", Ssda903Files.DOLO, "C1,15/06/2012,01/05/2026,");

    Ssda903Harness.Run run = run(LocalDate.of(2027, 3, 31), header(), dolo);

    assertThat(run.findings()).isEmpty();
    assertThat(run.rowsRead()).containsEntry("dolo.csv", 1L);
  }

  @Test
  void aYearWithoutCodeListsUsesTheLatestEarlierYearsAndSaysSo() throws Exception {
    Ssda903Harness.Run run = run(LocalDate.of(2028, 3, 31), header());

    assertThat(run.findings())
        .extracting(Finding::file, Finding::row, Finding::rule, f -> f.severity().label())
        .containsExactly(tuple("header.csv", null, "CODE_LIST_YEAR", "query"));
    assertThat(run.findings().get(0).message()).contains("2027-28", "2026-27");
    assertThat(column(run, "child", "child_id")).containsExactly("C1");
  }

  @Test
  void ofTwoDecisionsToPlaceForAdoptionTheLatestIsLoadedAndTheEarlierQueried() throws Exception {
    // the DfE allows several PlacedAdoption rows a child; the snapshot keeps one adoption record
    Path placed =
        write(
            dir,
            "placed_adoption.csv",
            Ssda903Files.PLACED_ADOPTION,
            "C1,15/06/2012,01/03/2025,01/06/2025,RD1",
            "C1,15/06/2012,01/09/2025,,");

    Ssda903Harness.Run run = run(header(), placed);

    assertThat(run.findings())
        .extracting(Finding::row, Finding::value, Finding::rule, f -> f.severity().label())
        .containsExactly(tuple(1L, "01/03/2025", "EARLIER_DECISION", "query"));
    assertThat(run.findings().get(0).message())
        .contains("01/09/2025, row 2 of placed_adoption.csv");
    assertThat(column(run, "adoption", "concat_ws('|', child_id, date_placed, date_placed_ceased)"))
        .containsExactly("C1|2025-09-01");
  }
}
