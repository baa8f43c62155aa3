package org.opencsc.indicators.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.Polarity;
import org.opencsc.indicators.UnitOfMeasure;

/**
 * Reads one definition file: a header of {@code -- key: value} comment lines (a value may go on
 * over indented {@code -- } lines), then one SELECT. Refuses a file with a key missing, unknown or
 * out of its list, so that a bad definition stops the application at start-up, not a page later.
 *
 * <p>An indicator whose rows are exactly another's (a rate per 10,000 children and the count it is
 * worked out from) says so with {@code -- rows: other_id} and has no SELECT of its own: its rows,
 * numerators and denominators are the other's, worked out once for both.
 *
 * <p>A definition about children with hundreds of thousands of rows on a national council (a row
 * per referral, contact or assessment of the period, or per child in need) says {@code -- volume:
 * high}: its rows are given their workers in bulk (see {@link Definition#inBulk}). The answer is
 * the same; only the plan differs.
 */
final class DefinitionParser {

  /** The groups indicators are shown in, in this order. */
  static final List<String> GROUPS =
      List.of(
          "front-door",
          "assessment",
          "child-protection",
          "children-in-need",
          "children-in-care",
          "care-leavers",
          "workforce");

  private static final List<String> KEYS =
      List.of(
          "indicator",
          "title",
          "group",
          "description",
          "source",
          "numerator",
          "denominator",
          "unit",
          "polarity",
          "subject");
  private static final String ROWS = "rows";
  private static final String VOLUME = "volume";
  private static final List<String> VOLUMES = List.of("normal", "high");
  private static final List<String> OPTIONAL_KEYS = List.of(ROWS, VOLUME);
  private static final Pattern KEY_LINE = Pattern.compile("^-- ?([a-z_]+):\\s*(.*)$");
  private static final Pattern MORE_LINE = Pattern.compile("^--\\s{2,}(\\S.*)$");
  private static final Pattern ID = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");

  private DefinitionParser() {}

  static Definition parse(String fileName, String text) {
    String id = fileName.replaceFirst("\\.sql$", "");
    Map<String, String> header = new LinkedHashMap<>();
    StringBuilder query = new StringBuilder();
    String last = null;
    boolean inHeader = true;
    for (String line : text.split("\\R")) {
      Matcher key = KEY_LINE.matcher(line);
      Matcher more = MORE_LINE.matcher(line);
      if (inHeader && key.matches()) {
        last = key.group(1);
        if (!KEYS.contains(last) && !OPTIONAL_KEYS.contains(last)) {
          throw fail(
              fileName,
              "unknown header key '%s' (keys: %s, optional %s)"
                  .formatted(last, KEYS, OPTIONAL_KEYS));
        }
        header.put(last, key.group(2).strip());
      } else if (inHeader && last != null && more.matches()) {
        header.merge(last, more.group(1).strip(), (a, b) -> a + " " + b);
      } else if (inHeader && (line.isBlank() || line.startsWith("--"))) {
        last = null;
      } else {
        inHeader = false;
        query.append(line).append('\n');
      }
    }
    for (String k : KEYS) {
      if (header.getOrDefault(k, "").isBlank()) {
        throw fail(fileName, "the header has no '" + k + ":' line");
      }
    }
    if (!ID.matcher(id).matches() || !id.equals(header.get("indicator"))) {
      throw fail(
          fileName,
          "'indicator: " + header.get("indicator") + "' must be the file's name and snake_case");
    }
    String group = header.get("group");
    if (!GROUPS.contains(group)) {
      throw fail(fileName, "group '" + group + "' is not one of " + GROUPS);
    }
    String body = query.toString().strip().replaceFirst(";\\s*$", "");
    String start = body.toLowerCase(Locale.ROOT);
    String rowsOf = header.getOrDefault(ROWS, id);
    if (!rowsOf.equals(id)) {
      if (!ID.matcher(rowsOf).matches()) {
        throw fail(fileName, "'rows: " + rowsOf + "' must name another indicator");
      }
      if (!body.isEmpty()) {
        throw fail(fileName, "'rows: " + rowsOf + "' takes that indicator's rows: no SELECT here");
      }
    } else if (!(start.startsWith("select") || start.startsWith("with"))) {
      throw fail(fileName, "after the header comes one SELECT (or WITH … SELECT)");
    }
    String volume = header.getOrDefault(VOLUME, "normal");
    if (!VOLUMES.contains(volume)) {
      throw fail(fileName, "volume '" + volume + "' is not one of " + VOLUMES);
    }
    boolean inBulk = volume.equals("high");
    if (inBulk && !rowsOf.equals(id)) {
      throw fail(fileName, "'volume:' belongs with the rows' own definition, " + rowsOf);
    }
    try {
      Indicator indicator =
          new Indicator(
              id,
              header.get("title"),
              group,
              header.get("description"),
              header.get("source"),
              header.get("numerator"),
              header.get("denominator"),
              UnitOfMeasure.of(header.get("unit")),
              Polarity.of(header.get("polarity")),
              Indicator.Subject.valueOf(header.get("subject").toUpperCase(Locale.ROOT)));
      if (inBulk && indicator.subject() != Indicator.Subject.CHILD) {
        throw fail(fileName, "'volume: high' is for rows about children");
      }
      return new Definition(indicator, rowsOf, body, inBulk);
    } catch (IllegalArgumentException e) {
      throw fail(fileName, e.getMessage());
    }
  }

  private static IllegalStateException fail(String fileName, String reason) {
    return new IllegalStateException("indicator definition " + fileName + ": " + reason);
  }
}
