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
 * Stands in for the CIN census source in tests of SSD CP visits: whenever a file reads {@code TEST
 * CP PLAN}, its transform (at the CIN census's order, before the SSD's) loads child C5, a referral
 * and one child protection plan from 2025-04-10 under an ID of its own ({@code CIN-PLAN-1}), as the
 * CIN census source would.
 */
final class TestPlansSource implements IngestSource {

  @Override
  public String family() {
    return "Test CIN";
  }

  @Override
  public Optional<Recognised> recognise(FileSample sample) {
    return sample.firstLine().equals("TEST CP PLAN")
        ? Optional.of(new Recognised(this, "plans", null))
        : Optional.empty();
  }

  @Override
  public String stagingSql() {
    return "create temporary table stage_test_plans (present boolean) on commit drop";
  }

  @Override
  public long stage(SourceFile file, IngestContext context, Staging staging, Findings findings)
      throws java.sql.SQLException {
    staging.table("stage_test_plans", "present").add(true);
    return 1;
  }

  @Override
  public String transformSql() {
    return """
        insert into stage_child (source_file, source_row, family, precedence, child_id, sex,
                                 person_birth_date, ethnicity)
        select 'cin.xml', 1, 'Test CIN', 1, 'C5', 'F', date '2016-06-06', 'WBRI'
          from stage_test_plans;
        insert into {referral} (snapshot_id, referral_id, child_id, cin_referral_date,
                                referral_source)
        select :snapshot_id, 'C5/R/2025-04-01', 'C5', date '2025-04-01', '5D'
          from stage_test_plans;
        insert into {cp_plan} (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date,
                               initial_category_of_abuse, latest_category_of_abuse)
        select :snapshot_id, 'CIN-PLAN-1', 'C5/R/2025-04-01', 'C5', date '2025-04-10', 'NEG', 'NEG'
          from stage_test_plans;
        """;
  }
}
