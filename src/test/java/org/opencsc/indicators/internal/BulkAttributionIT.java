package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.generator.CouncilSize;
import org.opencsc.generator.GeneratorSettings;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.Period;
import org.opencsc.testsupport.GeneratedCouncil;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two ways of giving a child's row its worker are one rule: for every definition about
 * children, on a whole synthetic council, both attributions and several as-at dates, the rows
 * through child_facts.sql (an index probe into allocation_span a row) and through
 * child_facts_in_bulk.sql (the children's allocation_timeline joined in bulk) are the same rows
 * with the same worker, team and service area. AttributionIT checks the rule itself on random time
 * lines; this test carries it to the other wrapper and to every definition's own rows.
 */
class BulkAttributionIT {

  @Test
  void bothWrappersGiveEveryRowTheSameWorker() {
    String url =
        GeneratedCouncil.load(
            "bulk_attribution",
            new GeneratorSettings(CouncilSize.SMALL, 3, GeneratorSettings.DEFAULT_AS_AT));

    try (ConfigurableApplicationContext context = GeneratedCouncil.application(url)) {
      IndicatorQueries queries = context.getBean(IndicatorQueries.class);
      ServedSnapshot snapshot = context.getBean(IndicatorService.class).servedSnapshot();
      List<Definition> definitions =
          IndicatorCatalogue.load().stream()
              .filter(d -> d.indicator().subject() == Indicator.Subject.CHILD)
              .filter(d -> !d.sharesRows())
              .toList();
      assertThat(definitions).anyMatch(Definition::inBulk).anyMatch(d -> !d.inBulk());
      long rows = 0;
      long unallocated = 0;
      for (var asAt : List.of(snapshot.asAt(), snapshot.asAt().minusMonths(5))) {
        for (Attribution attribution : Attribution.values()) {
          Period period = Period.of(asAt, null, attribution);
          for (Definition definition : definitions) {
            List<Map<String, Object>> probed =
                rows(queries, snapshot, period, "child_facts", definition);
            List<Map<String, Object>> bulk =
                rows(queries, snapshot, period, "child_facts_in_bulk", definition);
            assertThat(bulk)
                .as("%s, %s", definition.indicator().id(), period)
                .containsExactlyInAnyOrderElementsOf(probed);
            rows += probed.size();
            unallocated += probed.stream().filter(r -> r.get("worker_id") == null).count();
          }
        }
      }
      // enough rows, and rows without a worker too, for the comparison to mean something
      assertThat(rows).isGreaterThan(20_000);
      assertThat(unallocated).isPositive().isLessThan(rows);
    }
  }

  private static List<Map<String, Object>> rows(
      IndicatorQueries queries,
      ServedSnapshot snapshot,
      Period period,
      String facts,
      Definition definition) {
    String sql = "select * from (\n" + IndicatorQueries.facts(facts, definition) + "\n) r";
    return queries.bound(sql, snapshot.snapshotId(), period).query().listOfRows();
  }
}
