package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.SyntheticCouncilQueries;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator's {@code small} council loaded twice: directly by the generator's loader, and
 * through its SSDA903 files and this source. The return covers one collection year, so the direct
 * snapshot is cut to what the return holds (the rules of the generator's {@code Ssda903Rows} and
 * {@code Ssda903Outcomes}) and every record is compared on its natural key.
 */
class Ssda903RoundTripIT {

  static final GeneratorSettings SETTINGS =
      new GeneratorSettings(CouncilSize.SMALL, 11, GeneratorSettings.DEFAULT_AS_AT);

  static JdbcClient jdbc;
  static Ssda903Harness.Run run;
  static long direct;
  static List<String> oc2Children;

  @BeforeAll
  static void loadBothWays(@TempDir Path dir) throws Exception {
    GeneratedCouncil council = GeneratedCouncil.loadAndWrite("ssda903_round_trip", SETTINGS, dir);
    jdbc = council.jdbc();
    direct = council.snapshotId();
    run =
        new Ssda903Harness(council.dataSource())
            .withDfeRules()
            .run(SETTINGS.asAt(), files(dir.resolve("ssda903")));
    try (CsvReader<NamedCsvRecord> oc2 =
        CsvReader.builder().ofNamedCsvRecord(dir.resolve("ssda903/oc2.csv"))) {
      oc2Children = oc2.stream().map(r -> r.getField("CHILD")).toList();
    }
  }

  private static Path[] files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toArray(Path[]::new);
    }
  }

  /** The rows of {@code sql} (one text column) for the snapshot, sorted. */
  private static List<String> rows(String sql, long snapshot) {
    return jdbc
        .sql(sql)
        .param("s", snapshot)
        .param("y_start", SETTINGS.collectionYearStart())
        .param("y_end", SETTINGS.collectionYearEnd())
        .param("ingested", run.snapshotId())
        .param("oc2", oc2Children)
        .query(String.class)
        .list()
        .stream()
        .sorted()
        .toList();
  }

  private static void same(String ingestedSql, String directSql) {
    List<String> ingested = rows(ingestedSql, run.snapshotId());
    assertThat(ingested).isNotEmpty().containsExactlyElementsOf(rows(directSql, direct));
  }

  @Test
  void everyFileIsRecognisedReadAndLoadedWithoutAFinding() {
    assertThat(run.unrecognised()).isEmpty();
    assertThat(run.unreadable()).isEmpty();
    assertThat(run.rowsRead())
        .hasSize(11)
        .allSatisfy((file, rows) -> assertThat(rows).isPositive());
    // a supported-accommodation placement open in the year is K3 (H5 is no code in 2025-26), a
    // child without a UPN has the reason (UN1 to UN5)
    assertThat(run.errors()).isEmpty();
    // with the DfE's rules: only the note that the rules needing last year's return did not run
    assertThat(run.queries())
        .extracting(Finding::rule)
        .allMatch(SyntheticCouncilQueries.EXPECTED::contains);
  }

  @Test
  void theChildrenOfTheReturnAreTheDirectSnapshotsChildren() {
    // looked after in the year, or a care leaver with an OC3 row; MOTHER and UASC only for a child
    // looked after in the year (DfE rules 628, 1014)
    same(
        """
        select concat_ws('|', child_id, sex, person_birth_date, ethnicity, upn, upn_unknown,
                         mother, mc_dob, uasc, duc)
          from child where snapshot_id = :s
        """,
        """
        select concat_ws('|', c.child_id, c.sex, c.person_birth_date, c.ethnicity, c.upn,
                         c.upn_unknown, case when la then c.mother end, case when la then c.mc_dob end,
                         la and c.uasc and (c.duc is null or c.duc >= :y_start),
                         case when la and c.uasc and (c.duc is null or c.duc >= :y_start)
                              then c.duc end)
          from child c
         cross join lateral (select exists (
                               select 1 from episode_of_care e
                                where e.snapshot_id = c.snapshot_id and e.child_id = c.child_id
                                  and e.decom <= :y_end and (e.dec is null or e.dec >= :y_start))
                               as la) l
         where c.snapshot_id = :s
           and (la or c.child_id in (select child_id from care_leaver_contact
                                      where snapshot_id = :ingested))
        """);
  }

  @Test
  void episodesOfTheYearAreTheSame() {
    same(
        """
        select concat_ws('|', child_id, decom, rne, ls, cin, place, place_provider, dec, rec,
                         reason_place_change, home_post, pl_post, urn)
          from episode_of_care where snapshot_id = :s
        """,
        """
        select concat_ws('|', child_id, decom, rne, ls, cin, place, place_provider,
                         case when dec <= :y_end then dec end,
                         case when dec <= :y_end then rec end,
                         reason_place_change, home_post, pl_post, urn)
          from episode_of_care
         where snapshot_id = :s and decom <= :y_end and (dec is null or dec >= :y_start)
        """);
  }

  @Test
  void reviewsAndMissingEpisodesOfTheYearAreTheSame() {
    same(
        "select concat_ws('|', child_id, review, review_code) from cla_review where snapshot_id = :s",
        """
        select concat_ws('|', child_id, review, review_code) from cla_review
         where snapshot_id = :s and review between :y_start and :y_end
        """);
    same(
        """
        select concat_ws('|', child_id, missing, mis_start, mis_end)
          from missing_episode where snapshot_id = :s
        """,
        """
        select concat_ws('|', m.child_id, m.missing, m.mis_start,
                         case when m.mis_end <= :y_end then m.mis_end end)
          from missing_episode m
         where m.snapshot_id = :s and m.mis_start <= :y_end
           and (m.mis_end is null or m.mis_end >= :y_start)
           and exists (select 1 from episode_of_care e
                        where e.snapshot_id = m.snapshot_id and e.child_id = m.child_id
                          and e.decom <= :y_end and (e.dec is null or e.dec >= :y_start))
        """);
  }

  @Test
  void careLeaversAreInTouchAsTheContactNearestTheirBirthdaySays() {
    // OC3 is the contact nearest the 17th to 21st birthday in the year, from three months before
    // to one month after it; without one the young person is not in touch (NO); activity and
    // accommodation not known (0) when not given (DfE rule 153)
    same(
        """
        select concat_ws('|', child_id, contact_date, in_touch, activ, accom)
          from care_leaver_contact where snapshot_id = :s
        """,
        """
        select concat_ws('|', c.child_id, b.birthday, coalesce(n.in_touch, 'NO'),
                         coalesce(n.activ, '0'), coalesce(n.accom, '0'))
          from child c
         cross join lateral (select (c.person_birth_date + make_interval(years => age))::date
                                    as birthday
                               from generate_series(17, 21) age
                              where (c.person_birth_date + make_interval(years => age))::date
                                    between :y_start and :y_end) b
          left join lateral (select l.in_touch, l.activ, l.accom
                               from care_leaver_contact l
                              where l.snapshot_id = c.snapshot_id and l.child_id = c.child_id
                                and l.contact_date between b.birthday - interval '3 months'
                                                       and b.birthday + interval '1 month'
                              order by abs(l.contact_date - b.birthday), l.contact_date
                              limit 1) n on true
         where c.snapshot_id = :s
           and c.child_id in (select child_id from care_leaver_contact where snapshot_id = :ingested)
        """);
  }

  @Test
  void healthChecksAreThoseOfTheYearAsOc2SaysThem() {
    // for the OC2 children: a health assessment, immunisation or dental check in the year, and
    // the latest SDQ score of the year for a child aged 4 to 16 on 31 March
    same(
        """
        select concat_ws('|', child_id, check_type, check_date, sdq_score)
          from health_check where snapshot_id = :s
        """,
        """
        select concat_ws('|', h.child_id, h.check_type, :y_end::date,
                         case when h.check_type = 'sdq' then
                           (select s.sdq_score from health_check s
                             where s.snapshot_id = h.snapshot_id and s.child_id = h.child_id
                               and s.check_type = 'sdq' and s.check_date between :y_start and :y_end
                             order by s.check_date desc limit 1) end)
          from (select distinct snapshot_id, child_id, check_type from health_check
                 where snapshot_id = :s and check_date between :y_start and :y_end) h
          join child c on c.snapshot_id = h.snapshot_id and c.child_id = h.child_id
         where h.child_id in (:oc2)
           and (h.check_type <> 'sdq'
                or extract(year from age(:y_end, c.person_birth_date)) between 4 and 17)
        """);
  }

  @Test
  void adoptionsAndPreviousPermanenceAreTheSame() {
    // AD1 for children adopted in the year (an episode ceased E11 or E12), PlacedAdoption for a
    // decision to place that had not ceased before the year
    same(
        """
        select concat_ws('|', child_id, date_int, date_match, foster_care, nb_adoptr, sex_adoptr,
                         ls_adoptr, date_placed, date_placed_ceased, reason_placed_ceased)
          from adoption where snapshot_id = :s
        """,
        """
        select concat_ws('|', a.child_id,
                         case when ad1 then date_int end, case when ad1 then date_match end,
                         case when ad1 then foster_care end, case when ad1 then nb_adoptr end,
                         case when ad1 then sex_adoptr end, case when ad1 then ls_adoptr end,
                         case when placed then date_placed end,
                         case when placed and date_placed_ceased <= :y_end
                              then date_placed_ceased end,
                         case when placed and date_placed_ceased <= :y_end
                              then reason_placed_ceased end)
          from adoption a
         cross join lateral (
               select exists (select 1 from episode_of_care e
                               where e.snapshot_id = a.snapshot_id and e.child_id = a.child_id
                                 and e.dec between :y_start and :y_end
                                 and e.rec in ('E11', 'E12')) as ad1,
                      a.date_placed <= :y_end
                        and (a.date_placed_ceased is null or a.date_placed_ceased >= :y_start)
                        as placed) w
         where a.snapshot_id = :s and (ad1 or placed)
           and exists (select 1 from episode_of_care e
                        where e.snapshot_id = a.snapshot_id and e.child_id = a.child_id
                          and e.decom <= :y_end and (e.dec is null or e.dec >= :y_start))
        """);
    same(
        """
        select concat_ws('|', child_id, prev_perm, la_perm, date_perm)
          from previous_permanence where snapshot_id = :s
        """,
        """
        select concat_ws('|', p.child_id, p.prev_perm, p.la_perm, p.date_perm)
          from previous_permanence p
         where p.snapshot_id = :s
           and exists (select 1 from episode_of_care e
                        where e.snapshot_id = p.snapshot_id and e.child_id = p.child_id
                          and e.rne = 'S' and e.decom between :y_start and :y_end)
        """);
  }
}
