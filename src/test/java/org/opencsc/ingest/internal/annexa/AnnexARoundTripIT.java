package org.opencsc.ingest.internal.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.cin.CinSources;
import org.opencsc.ingest.internal.ssd.SsdSource;
import org.opencsc.ingest.internal.ssda903.Ssda903Sources;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code small} council (seed 1) three ways into one database: loaded directly by the
 * generator; its Annex A workbook imported alone; and every file it writes imported with and
 * without the workbook. Alone, the workbook must give back, record by record on the columns Annex A
 * carries, what the generator loaded of the six months it covers (the queries below pick it out of
 * either snapshot the same way); with the other families it must change no table's count.
 */
class AnnexARoundTripIT {

  static final GeneratorSettings SMALL =
      new GeneratorSettings(CouncilSize.SMALL, 1, GeneratorSettings.DEFAULT_AS_AT);

  /** What Annex A carries of each table, for the period :start – :as_at. */
  static final Map<String, String> COMPARED =
      Map.of(
          "contact",
          """
          select child_id, contact_date, contact_source from contact
           where snapshot_id = :s and contact_date between :start and :as_at
          """,
          "early_help_episode",
          """
          select child_id, start_date, case when end_date <= :as_at then end_date end, organisation
            from early_help_episode
           where snapshot_id = :s and start_date <= :as_at
             and (end_date is null or end_date >= :start)
          """,
          "referral",
          """
          select child_id, cin_referral_date, primary_need_code, cin_closure_date,
                 reason_for_closure,
                 case when cin_referral_date >= :start then referral_source end,
                 case when cin_referral_date >= :start then referral_nfa end
            from referral
           where snapshot_id = :s and cin_referral_date <= :as_at
             and (cin_closure_date is null or cin_closure_date >= :start)
          """,
          "assessment",
          """
          select a.child_id, r.cin_referral_date, a.assessment_actual_start_date,
                 a.assessment_authorisation_date, a.child_in_need
            from assessment a join referral r using (snapshot_id, referral_id)
           where a.snapshot_id = :s and a.assessment_actual_start_date <= :as_at
             and (a.assessment_authorisation_date is null
                  or a.assessment_authorisation_date >= :start)
          """,
          "section47",
          """
          select e.child_id, r.cin_referral_date, e.s47_actual_start_date,
                 case when e.date_of_initial_cpc <= :as_at then e.date_of_initial_cpc end,
                 e.icpc_not_required, i.outcome_cp_plan
            from section47 e join referral r using (snapshot_id, referral_id)
            left join icpc i on i.snapshot_id = e.snapshot_id and i.section47_id = e.section47_id
                             and i.date_of_initial_cpc <= :as_at
           where e.snapshot_id = :s and e.s47_actual_start_date <= :as_at
             and (e.s47_end_date is null or e.s47_end_date >= :start)
          """,
          "cp_plan",
          """
          select p.child_id, r.cin_referral_date, p.cpp_start_date,
                 case when p.cpp_end_date <= :as_at then p.cpp_end_date end,
                 p.initial_category_of_abuse, p.latest_category_of_abuse,
                 p.number_of_previous_cpp
            from cp_plan p join referral r using (snapshot_id, referral_id)
           where p.snapshot_id = :s and p.cpp_start_date <= :as_at
             and (p.cpp_end_date is null or p.cpp_end_date >= :start)
          """,
          "episode_of_care",
          """
          select distinct on (child_id) child_id, decom, rne, ls, cin, place, place_provider,
                 case when dec <= :as_at then dec end, case when dec <= :as_at then rec end,
                 pl_post, urn
            from episode_of_care
           where snapshot_id = :s and decom <= :as_at and (dec is null or dec >= :start)
           order by child_id, decom desc
          """,
          "care_leaver_contact",
          """
          select distinct on (child_id) child_id, contact_date, in_touch, activ, accom,
                 pathway_plan_review_date
            from care_leaver_contact
           where snapshot_id = :s and contact_date > (:as_at::date - interval '12 months')
             and contact_date <= :as_at
           order by child_id, contact_date desc
          """);

  @TempDir static Path dir;

  static JdbcClient jdbc;
  static long loaded;
  static IngestReport alone;
  static IngestReport withAll;
  static IngestReport withoutAnnexA;

  @BeforeAll
  static void loadAndImport() throws Exception {
    GeneratedCouncil council = GeneratedCouncil.loadAndWrite("annexa_round_trip", SMALL, dir);
    DataSource dataSource = council.dataSource();
    jdbc = council.jdbc();
    loaded = council.snapshotId();
    List<IngestSource> families =
        List.of(CinSources.census(), Ssda903Sources.ssda903(), new SsdSource());
    alone = run(dataSource, List.of(new AnnexASource()), dir.resolve("annex-a"));
    withAll = run(dataSource, plus(families, new AnnexASource()), dir);
    withoutAnnexA = run(dataSource, families, dir);
  }

  private static List<IngestSource> plus(List<IngestSource> sources, IngestSource one) {
    List<IngestSource> all = new java.util.ArrayList<>(sources);
    all.add(one);
    return all;
  }

  private static IngestReport run(DataSource dataSource, List<IngestSource> sources, Path folder) {
    // with the DfE's rules, as every load runs them
    return new IngestRunner(dataSource, sources, Clock.system(ZoneOffset.UTC))
        .run(
            new IngestRunner.Request(
                folder, true, "cli", "round trip", SMALL.asAt(), 7, IngestProgress.NONE));
  }

  @Test
  void theWorkbookAloneImportsWithoutAnError() {
    assertThat(alone.outcome()).isEqualTo("loaded");
    assertThat(alone.findings()).filteredOn(f -> f.severity() != Severity.QUERY).isEmpty();
  }

  @Test
  void aloneItGivesBackWhatTheGeneratorLoadedOfTheSixMonthsRecordForRecord() {
    for (Map.Entry<String, String> table : COMPARED.entrySet()) {
      List<String> generated = rows(table.getValue(), loaded);
      List<String> imported = rows(table.getValue(), alone.snapshotId());
      assertThat(generated).as("%s rows the generator loaded", table.getKey()).isNotEmpty();
      assertThat(imported).as(table.getKey()).containsExactlyInAnyOrderElementsOf(generated);
    }
  }

  @Test
  void aloneItsChildrenAreTheGeneratorsChildren() {
    String children =
        "select child_id, sex, coalesce(person_birth_date, expected_person_birth_date), ethnicity"
            + " from child where snapshot_id = :s";
    assertThat(rows(children, loaded)).containsAll(rows(children, alone.snapshotId()));
    assertThat(count("child", alone.snapshotId())).isPositive();
    assertThat(count("adoption", alone.snapshotId())).isPositive();
  }

  @Test
  void withTheOtherFamiliesItChangesNoCountAndFindsNoError() {
    assertThat(withAll.outcome()).isEqualTo("loaded");
    assertThat(withoutAnnexA.outcome()).isEqualTo("loaded");
    List<String> errors =
        withAll.findings().stream()
            .filter(f -> f.severity() != Severity.QUERY)
            .filter(f -> f.file().startsWith("annex-a"))
            .map(Finding::toString)
            .toList();
    assertThat(errors).isEmpty();
    assertThat(withAll.tableRows()).isEqualTo(withoutAnnexA.tableRows());
  }

  private static List<String> rows(String query, Long snapshot) {
    LocalDate start = SMALL.asAt().minusMonths(6).plusDays(1);
    return jdbc.sql("select array_to_string(array[t.*::text], '') from (" + query + ") t")
        .param("s", snapshot)
        .param("start", start)
        .param("as_at", SMALL.asAt())
        .query(String.class)
        .list();
  }

  private static long count(String table, Long snapshot) {
    return jdbc.sql("select count(*) from " + table + " where snapshot_id = :s")
        .param("s", snapshot)
        .query(Long.class)
        .single();
  }
}
