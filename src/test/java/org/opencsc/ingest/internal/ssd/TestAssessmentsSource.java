package org.opencsc.ingest.internal.ssd;

import java.util.Optional;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;

/**
 * Stands in for the family that loads assessments in tests of ssd_cin_assessments: whenever a file
 * reads its marker, its transform loads children C1–C3 with these referrals and assessments, under
 * IDs made as the CIN census source makes them (referral / A / start date / 1) and with neither the
 * day the child was seen nor, for the census, the outcome:
 *
 * <pre>
 * C1  referral 2025-05-01  assessments from 2025-05-02 (authorised 2025-06-10), 2025-10-01 (open)
 * C2  referral 2025-06-01  assessment from 2025-06-03 (authorised 2025-07-01)
 *     referral 2025-09-01  assessment from 2025-09-02 (open)
 * C3  two referrals on 2025-07-01, each with an assessment from that day: authorised 2025-07-20
 *     (the first) and 2025-08-15 (the second)
 *     two referrals on 2025-11-01, each with an assessment from 2025-11-02 authorised 2025-11-30
 * </pre>
 *
 * and, for ssd_s47_enquiry, section 47 enquiries with no end date (the census has none): C1's from
 * 2025-05-03 on its referral, and one from 2025-07-02 on each of C3's two referrals of 2025-07-01
 * (IDs referral / S / start date).
 *
 * <p>{@link #census()} runs at the CIN census's order, before the SSD's transform; {@link
 * #annexA()} at Annex A's, after it, and records every authorised assessment as finding the child
 * in need.
 */
final class TestAssessmentsSource implements IngestSource {

  private final String marker;
  private final int order;
  private final String file;
  private final String childInNeed;

  private TestAssessmentsSource(String marker, int order, String file, String childInNeed) {
    this.marker = marker;
    this.order = order;
    this.file = file;
    this.childInNeed = childInNeed;
  }

  /** Reads {@code TEST CIN ASSESSMENTS}; no outcomes, as the census. */
  static TestAssessmentsSource census() {
    return new TestAssessmentsSource("TEST CIN ASSESSMENTS", 10, "cin.xml", "null::boolean");
  }

  /**
   * Reads {@code TEST ANNEX A ASSESSMENTS}; every authorised assessment found the child in need.
   */
  static TestAssessmentsSource annexA() {
    return new TestAssessmentsSource(
        "TEST ANNEX A ASSESSMENTS",
        300,
        "annex-a.xlsx",
        "case when a is null then null else true end");
  }

  @Override
  public String family() {
    return "Test " + file;
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    return sample.firstLine().equals(marker)
        ? Optional.of(new Recognised(this, "assessments", null))
        : Optional.empty();
  }

  @Override
  public String stagingSql() {
    return "create temporary table stage_test_assessments (present boolean) on commit drop";
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws java.sql.SQLException {
    staging.table("stage_test_assessments", "present").add(true);
    return 1;
  }

  @Override
  public String transformSql() {
    return """
        insert into stage_child (source_file, source_row, family, precedence, child_id, sex,
                                 person_birth_date, ethnicity)
        select '%1$s', n, 'Test', 1, c, 'F', date '2016-06-06', 'WBRI'
          from stage_test_assessments, (values (1, 'C1'), (2, 'C2'), (3, 'C3')) v(n, c);
        insert into {referral} (snapshot_id, referral_id, child_id, cin_referral_date,
                                referral_source)
        select :snapshot_id, c || '/' || d || '/' || n, c, d::date, '5D'
          from stage_test_assessments,
               (values ('C1', '2025-05-01', 1), ('C2', '2025-06-01', 1), ('C2', '2025-09-01', 1),
                       ('C3', '2025-07-01', 1), ('C3', '2025-07-01', 2),
                       ('C3', '2025-11-01', 1), ('C3', '2025-11-01', 2)) v(c, d, n);
        insert into {assessment} (snapshot_id, assessment_id, referral_id, child_id,
                                  assessment_actual_start_date, assessment_authorisation_date,
                                  child_in_need, source_file, source_row)
        select :snapshot_id, r || '/A/' || s || '/1', r, split_part(r, '/', 1), s::date, a::date,
               %2$s, '%1$s', row_number() over (order by r, s)
          from stage_test_assessments,
               (values ('C1/2025-05-01/1', '2025-05-02', '2025-06-10'),
                       ('C1/2025-05-01/1', '2025-10-01', null),
                       ('C2/2025-06-01/1', '2025-06-03', '2025-07-01'),
                       ('C2/2025-09-01/1', '2025-09-02', null),
                       ('C3/2025-07-01/1', '2025-07-01', '2025-07-20'),
                       ('C3/2025-07-01/2', '2025-07-01', '2025-08-15'),
                       ('C3/2025-11-01/1', '2025-11-02', '2025-11-30'),
                       ('C3/2025-11-01/2', '2025-11-02', '2025-11-30')) v(r, s, a);
        insert into {section47} (snapshot_id, section47_id, referral_id, child_id,
                                 s47_actual_start_date, source_file, source_row)
        select :snapshot_id, r || '/S/' || s, r, split_part(r, '/', 1), s::date, '%1$s',
               row_number() over (order by r, s)
          from stage_test_assessments,
               (values ('C1/2025-05-01/1', '2025-05-03'),
                       ('C3/2025-07-01/1', '2025-07-02'),
                       ('C3/2025-07-01/2', '2025-07-02')) v(r, s);
        """
        .formatted(file, childInNeed);
  }

  @Override
  public int order() {
    return order;
  }
}
