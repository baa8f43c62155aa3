package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.ingest.internal.cin.CinXml.child;
import static org.opencsc.ingest.internal.cin.CinXml.referral;
import static org.opencsc.ingest.internal.cin.CinXml.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * The DfE's CIN census rules run on each child as the census is read: a finding names the child's
 * position, the value and the DfE's code, and explains itself; an error keeps out the smallest
 * record holding the value it flags, nothing more.
 */
class CinDfeRulesIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  static final CinIngest ingest = CinIngest.onTestDatabase().withDfeRules();

  @TempDir Path dir;

  /**
   * Rule 1103: R1's first assessment starts the day before its referral; the other is fine. The
   * first is kept out, the referral and the other assessment load.
   */
  @Test
  void anErrorKeepsOutTheAssessmentItFlagsAndExplainsItself() throws Exception {
    String details =
        referral(
            "2025-05-01",
            """
                    <Assessments>
                      <AssessmentActualStartDate>2025-04-30</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>
                    </Assessments>
                    <Assessments>
                      <AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>
                    </Assessments>
            """);
    Path file =
        write(dir, "census.xml", CinXml.census(2026, child("R1", "F", "2015-01-01", details)));

    Outcome out = ingest.run(AS_AT, file);

    assertThat(out.findings().stream().filter(f -> f.rule().equals("1103")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.row()).isEqualTo(1L);
              assertThat(f.childId()).isEqualTo("R1");
              assertThat(f.field()).isEqualTo("AssessmentActualStartDate");
              assertThat(f.value()).isEqualTo("2025-04-30");
              assertThat(f.message())
                  .startsWith("The assessment start date cannot be before the referral date")
                  .contains("CINreferralDate = 2025-05-01")
                  .contains("What to do:");
            });
    assertThat(
            ingest
                .jdbc
                .sql(
                    "select assessment_actual_start_date::text from assessment where snapshot_id ="
                        + " :s order by 1")
                .param("s", out.snapshotId())
                .query(String.class)
                .list())
        .containsExactly("2025-05-02");
    // about the census as a whole (no disability code used at all): the file, no row, no child
    assertThat(out.findings().stream().filter(f -> f.rule().equals("2887Q")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("census.xml");
              assertThat(f.row()).isNull();
              assertThat(f.childId()).isNull();
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
            });
    assertThat(
            ingest
                .jdbc
                .sql("select count(*) from referral where snapshot_id = :s")
                .param("s", out.snapshotId())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  /**
   * Rule 1520: R2 has R1's UPN. The error is in R2's own identifiers: keeping them out would lose
   * the child and everything recorded of it, so R2 loads and the finding is a query that says so.
   */
  @Test
  void anErrorInTheChildsOwnIdentifiersIsFlaggedAndTheChildStillLoads() throws Exception {
    String upn = "<UPN>A123456789012</UPN>";
    String first =
        child("R1", "F", "2015-01-01", referral("2025-05-01", ""))
            .replace("<LAchildID>R1</LAchildID>", "<LAchildID>R1</LAchildID>" + upn);
    String second =
        child("R2", "M", "2016-01-01", referral("2025-06-01", ""))
            .replace("<LAchildID>R2</LAchildID>", "<LAchildID>R2</LAchildID>" + upn);
    Path file = write(dir, "census.xml", CinXml.census(2026, first + second));

    Outcome out = ingest.run(AS_AT, file);

    assertThat(out.findings().stream().filter(f -> f.rule().equals("1520")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
              assertThat(f.childId()).isEqualTo("R2");
              assertThat(f.message()).contains("The DfE counts this as an error");
            });
    assertThat(
            ingest
                .jdbc
                .sql("select child_id from referral where snapshot_id = :s order by 1")
                .param("s", out.snapshotId())
                .query(String.class)
                .list())
        .containsExactly("R1", "R2");
  }

  /**
   * A census of several batches ({@link ParallelChecks#BATCH} children each) is checked on every
   * core and staged in file order. Every 50th child's first assessment starts before its referral
   * (1103: that assessment is kept out); two pairs of children share a UPN, one pair across batches
   * and one inside a batch, and the later child of each pair is the one flagged (1520), run after
   * run.
   */
  @Test
  void aCensusOfManyBatchesIsCheckedOnEveryCoreAndStagedInFileOrder() throws Exception {
    int batch = ParallelChecks.BATCH;
    int children = 3 * batch + 5;
    StringBuilder xml = new StringBuilder();
    for (int row = 1; row <= children; row++) {
      String assessment =
          row % 50 == 0
              ? "<Assessments><AssessmentActualStartDate>2025-04-30</AssessmentActualStartDate>"
                  + "<AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>"
                  + "</Assessments>"
              : "<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>"
                  + "<AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>"
                  + "</Assessments>";
      String id = "R" + row;
      String upn =
          row == 2 || row == 2 * batch + 3
              ? "<UPN>A123456789012</UPN>"
              : row == batch + 7 || row == batch + 8 ? "<UPN>B123456789012</UPN>" : "";
      xml.append(
          child(id, "F", "2015-01-01", referral("2025-05-01", assessment))
              .replace(
                  "<LAchildID>" + id + "</LAchildID>", "<LAchildID>" + id + "</LAchildID>" + upn));
    }
    Path file = write(dir, "census.xml", CinXml.census(2026, xml.toString()));

    Outcome first = ingest.run(AS_AT, file);
    Outcome second = ingest.run(AS_AT, file);

    assertThat(first.findings().stream().filter(f -> f.rule().equals("1103")).map(f -> f.row()))
        .containsExactly(50L, 100L, 150L, 200L, 250L, 300L, 350L);
    assertThat(first.findings().stream().filter(f -> f.rule().equals("1520")).map(f -> f.childId()))
        .containsExactly("R" + (batch + 8), "R" + (2 * batch + 3));
    // the DfE's findings on children (codes like 1103 or 8670Q) come in file order
    assertThat(
            first.findings().stream()
                .filter(f -> f.row() != null && f.rule().matches("[0-9]+Q?"))
                .map(f -> f.row()))
        .hasSizeGreaterThan(children)
        .isSorted();
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(
            ingest
                .jdbc
                .sql("select count(*) from assessment where snapshot_id = :s")
                .param("s", first.snapshotId())
                .query(Long.class)
                .single())
        .isEqualTo(children - 7L);
  }
}
