package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.UnitOfMeasure;

class DefinitionParserTest {

  static final String GOOD =
      """
      -- indicator: children_seen
      -- title: Children seen
      -- group: front-door
      -- description: Children seen quickly,
      --   which matters.
      --   note: a continuation may start with a word and a colon.
      -- source: local standard
      -- numerator: children seen in time
      -- denominator: children referred
      -- unit: percent
      -- polarity: higher
      -- subject: child
      --
      -- a note that is not part of the header
      select 1 as numerator;
      """;

  @Test
  void readsTheHeaderAndTheQuery() {
    Definition d = DefinitionParser.parse("children_seen.sql", GOOD);

    Indicator i = d.indicator();
    assertThat(i.id()).isEqualTo("children_seen");
    assertThat(i.description())
        .isEqualTo(
            "Children seen quickly, which matters. note: a continuation may start with a word and a colon.");
    assertThat(i.unit()).isEqualTo(UnitOfMeasure.PERCENT);
    assertThat(i.polarity()).isEqualTo(Polarity.HIGHER);
    assertThat(i.subject()).isEqualTo(Indicator.Subject.CHILD);
    assertThat(i.group()).isEqualTo("front-door");
    assertThat(d.query()).isEqualTo("select 1 as numerator");
  }

  @Test
  void refusesABadHeaderNamingTheFileAndTheReason() {
    assertThatThrownBy(() -> DefinitionParser.parse("other_name.sql", GOOD))
        .hasMessageContaining("other_name.sql")
        .hasMessageContaining("must be the file's name");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse("children_seen.sql", GOOD.replace("-- unit: percent\n", "")))
        .hasMessageContaining("no 'unit:' line");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse(
                    "children_seen.sql", GOOD.replace("unit: percent", "unit: percentage")))
        .hasMessageContaining("unknown unit of measure 'percentage'");
    assertThatThrownBy(
            () -> DefinitionParser.parse("children_seen.sql", GOOD.replace("front-door", "misc")))
        .hasMessageContaining("group 'misc'");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse("children_seen.sql", GOOD.replace("-- source:", "-- src:")))
        .hasMessageContaining("unknown header key 'src'");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse(
                    "children_seen.sql", GOOD.replace("select 1 as numerator;", "delete from x;")))
        .hasMessageContaining("one SELECT");
  }

  @Test
  void aDefinitionMayShareAnothersRowsAndThenHasNoQueryOfItsOwn() {
    String rate =
        GOOD.replace("children_seen", "children_seen_rate")
            .replace("-- subject: child\n", "-- subject: child\n-- rows: children_seen\n")
            .replace("select 1 as numerator;\n", "");
    Definition shared = DefinitionParser.parse("children_seen_rate.sql", rate);
    Definition own = DefinitionParser.parse("children_seen.sql", GOOD);

    assertThat(shared.sharesRows()).isTrue();
    assertThat(shared.rowsOf()).isEqualTo("children_seen");
    assertThat(own.sharesRows()).isFalse();
    assertThat(own.rowsOf()).isEqualTo("children_seen");
    assertThat(IndicatorCatalogue.shareRows(List.of(own, shared)))
        .extracting(Definition::query)
        .containsExactly("select 1 as numerator", "select 1 as numerator");

    assertThatThrownBy(
            () -> DefinitionParser.parse("children_seen_rate.sql", rate + "select 2 as numerator"))
        .hasMessageContaining("children_seen_rate.sql")
        .hasMessageContaining("no SELECT here");
    assertThatThrownBy(() -> IndicatorCatalogue.shareRows(List.of(shared)))
        .hasMessageContaining("children_seen_rate.sql")
        .hasMessageContaining("'rows: children_seen' must name an indicator");
    Definition workers =
        DefinitionParser.parse(
            "children_seen.sql", GOOD.replace("subject: child", "subject: worker"));
    assertThatThrownBy(() -> IndicatorCatalogue.shareRows(List.of(workers, shared)))
        .hasMessageContaining("its subject must be that of children_seen");
  }

  @Test
  void aDefinitionWithManyRowsSaysSoAndItsSharersFollow() {
    String high = GOOD.replace("-- subject: child\n", "-- subject: child\n-- volume: high\n");
    Definition bulk = DefinitionParser.parse("children_seen.sql", high);
    Definition plain = DefinitionParser.parse("children_seen.sql", GOOD);

    assertThat(bulk.inBulk()).isTrue();
    assertThat(plain.inBulk()).isFalse();
    assertThat(IndicatorQueries.factsOf(bulk)).isEqualTo("child_facts_in_bulk");
    assertThat(IndicatorQueries.factsOf(plain)).isEqualTo("child_facts");
    assertThat(
            DefinitionParser.parse(
                    "children_seen.sql", high.replace("volume: high", "volume: normal"))
                .inBulk())
        .isFalse();
    String rate =
        GOOD.replace("children_seen", "children_seen_rate")
            .replace("-- subject: child\n", "-- subject: child\n-- rows: children_seen\n")
            .replace("select 1 as numerator;\n", "");
    assertThat(
            IndicatorCatalogue.shareRows(
                List.of(bulk, DefinitionParser.parse("children_seen_rate.sql", rate))))
        .extracting(Definition::inBulk)
        .containsExactly(true, true);

    assertThatThrownBy(
            () ->
                DefinitionParser.parse(
                    "children_seen.sql", high.replace("volume: high", "volume: huge")))
        .hasMessageContaining("children_seen.sql")
        .hasMessageContaining("volume 'huge' is not one of [normal, high]");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse(
                    "children_seen.sql", high.replace("subject: child", "subject: worker")))
        .hasMessageContaining("'volume: high' is for rows about children");
    assertThatThrownBy(
            () ->
                DefinitionParser.parse(
                    "children_seen_rate.sql",
                    rate.replace("-- rows:", "-- volume: high\n-- rows:")))
        .hasMessageContaining("'volume:' belongs with the rows' own definition, children_seen");
  }

  @Test
  void theShippedDefinitionsAllParse() {
    assertThat(IndicatorCatalogue.load()).extracting(d -> d.indicator().id()).contains("referrals");
  }
}
