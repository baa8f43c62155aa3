package org.opencsc.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void theShippedDefinitionsAllParse() {
    assertThat(IndicatorCatalogue.load()).extracting(d -> d.indicator().id()).contains("referrals");
  }
}
