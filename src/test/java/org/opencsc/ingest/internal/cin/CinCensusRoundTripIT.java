package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilGenerator;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.generator.internal.CinCensusWriter;
import org.opencsc.generator.internal.ReportingYear;
import org.opencsc.generator.internal.SnapshotLoader;
import org.opencsc.generator.model.SyntheticCouncil;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.SyntheticCouncilQueries;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * The generator's CIN census read back: the {@code small} council is loaded straight into one
 * snapshot by the generator's loader, and its census XML is staged and transformed into another.
 * Record by record, on natural keys (the census has no others), the second holds exactly what the
 * census covers of the first: the children with an episode of need open in the collection year,
 * those episodes, and within them what is open in the year (reviews: held in the year). Nothing the
 * generator wrote may be an error.
 */
class CinCensusRoundTripIT {

  static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 11, GeneratorSettings.DEFAULT_AS_AT);

  /** A referral open at some time in the year, as {@code r}. */
  static final String IN_YEAR =
      " r.cin_referral_date <= :end and (r.cin_closure_date is null or r.cin_closure_date >= :start)";

  /**
   * A section 47 enquiry {@code e} open at some time in the year: it is open until its conference
   * (its {@code icpc i}), or until it ended when none was needed.
   */
  static final String S47_IN_YEAR =
      """
      coalesce((select i.date_of_initial_cpc from icpc i
                 where i.snapshot_id = e.snapshot_id and i.section47_id = e.section47_id),
               case when e.icpc_not_required then e.s47_end_date end, :end) >= :start\
      """;

  static final Map<String, String> COMPARED =
      Map.of(
          "children",
          """
          select c.child_id, c.sex, c.person_birth_date,
                 case when c.person_birth_date is null then c.expected_person_birth_date end,
                 c.person_death_date, c.ethnicity, c.upn, c.upn_unknown,
                 (select string_agg(d.disability, ' ' order by d.disability) from child_disability d
                   where d.snapshot_id = c.snapshot_id and d.child_id = c.child_id)
            from child c
           where c.snapshot_id = :s
             and exists (select 1 from referral r
                          where r.snapshot_id = c.snapshot_id and r.child_id = c.child_id and {referral})
          """,
          "referrals",
          """
          select r.child_id, r.cin_referral_date, r.referral_source, r.primary_need_code,
                 r.cin_closure_date, r.reason_for_closure, r.referral_nfa
            from referral r where r.snapshot_id = :s and {referral}
          """,
          "assessments",
          """
          select r.child_id, r.cin_referral_date, a.assessment_actual_start_date,
                 a.assessment_authorisation_date,
                 (select string_agg(f.factor, ' ' order by f.factor) from assessment_factor f
                   where f.snapshot_id = a.snapshot_id and f.assessment_id = a.assessment_id)
            from assessment a join referral r using (snapshot_id, referral_id)
           where a.snapshot_id = :s and {referral} and a.assessment_actual_start_date <= :end
             and (a.assessment_authorisation_date is null
                  or a.assessment_authorisation_date >= :start)
          """,
          "CIN plans",
          """
          select r.child_id, r.cin_referral_date, p.cin_plan_start_date, p.cin_plan_end_date
            from cin_plan p join referral r using (snapshot_id, referral_id)
           where p.snapshot_id = :s and {referral} and p.cin_plan_start_date <= :end
             and (p.cin_plan_end_date is null or p.cin_plan_end_date >= :start)
          """,
          "section 47 enquiries and their conferences",
          """
          select r.child_id, r.cin_referral_date, e.s47_actual_start_date, e.initial_cpc_target,
                 e.date_of_initial_cpc, e.icpc_not_required, i.date_of_initial_cpc,
                 i.outcome_cp_plan
            from section47 e join referral r using (snapshot_id, referral_id)
            left join icpc i on i.snapshot_id = e.snapshot_id and i.section47_id = e.section47_id
           where e.snapshot_id = :s and {referral} and e.s47_actual_start_date <= :end
             and {s47}
          """,
          "CP plans",
          """
          select r.child_id, r.cin_referral_date, p.cpp_start_date, p.cpp_end_date,
                 p.initial_category_of_abuse, p.latest_category_of_abuse, p.number_of_previous_cpp,
                 (select i.date_of_initial_cpc
                    from icpc i join section47 e using (snapshot_id, section47_id)
                   where i.snapshot_id = p.snapshot_id and i.icpc_id = p.icpc_id
                     and e.s47_actual_start_date <= :end and {s47}) as conference
            from cp_plan p join referral r using (snapshot_id, referral_id)
           where p.snapshot_id = :s and {referral} and p.cpp_start_date <= :end
             and (p.cpp_end_date is null or p.cpp_end_date >= :start)
          """,
          "CP reviews",
          """
          select p.child_id, p.cpp_start_date, v.cpp_review_date
            from cp_review v join cp_plan p using (snapshot_id, cp_plan_id)
            join referral r using (snapshot_id, referral_id)
           where v.snapshot_id = :s and {referral} and p.cpp_start_date <= :end
             and (p.cpp_end_date is null or p.cpp_end_date >= :start)
             and v.cpp_review_date between :start and :end
          """);

  static final CinIngest ingest = CinIngest.onTestDatabase().withDfeRules();

  @TempDir Path dir;

  @Test
  void theGeneratedCensusReadsBackAsWhatItCoversOfTheGeneratedCouncil() throws Exception {
    SyntheticCouncil council = CouncilGenerator.generate(SMALL);
    ReportingYear year = new ReportingYear(SMALL.collectionYearStart(), SMALL.collectionYearEnd());
    int written;
    try (CinCensusWriter cin = CinCensusWriter.open(council.organisation(), year, dir)) {
      council.children(cin::accept);
      written = cin.finish();
    }
    long generated = new SnapshotLoader(ingest.dataSource).load(council, "round-trip").snapshotId();

    Outcome read = ingest.run(SMALL.asAt(), dir.resolve("cin/cin_census.xml"));

    assertThat(read.refused()).isEmpty();
    assertThat(read.errors()).isEmpty();
    // every conference of the year is on its section 47, none on a CINdetails (DfE rule 2884);
    // the DfE's rules find only the queries the council's calibrated timeliness raises
    assertThat(read.queries())
        .extracting(Finding::rule)
        .isNotEmpty()
        .allMatch(SyntheticCouncilQueries.EXPECTED::contains);
    assertThat(ingest.count("child", read.snapshotId())).isEqualTo(written);
    for (Map.Entry<String, String> compared : COMPARED.entrySet()) {
      String sql =
          "select q::text from ("
              + compared.getValue().replace("{referral}", IN_YEAR).replace("{s47}", S47_IN_YEAR)
              + ") q order by 1";
      List<String> expected = rows(sql, generated, year);
      assertThat(rows(sql, read.snapshotId(), year))
          .as(compared.getKey())
          .isNotEmpty()
          .containsExactlyElementsOf(expected);
    }
  }

  private static List<String> rows(String sql, long snapshot, ReportingYear year) {
    return ingest.rows(sql, Map.of("s", snapshot, "start", year.start(), "end", year.end()));
  }
}
