package org.opencsc.ingest.internal.ssda903;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which SSDA903 table a CSV header row belongs to. Column names are compared trimmed and
 * upper-cased, in any order.
 *
 * <ol>
 *   <li>A header with every column of a table, possibly plus others, is that table. When it has
 *       every column of two tables, the larger wins (a table's columns are never all inside another
 *       table's, so this only happens with extra columns).
 *   <li>Otherwise a header that has CHILD, a column only that table has, and at least half of the
 *       table's columns is that table with columns missing: it is recognised, so that reading it
 *       can say which columns are missing ({@code MISSING_COLUMNS}) instead of calling it unknown.
 *   <li>Anything else, and any tie, is not an SSDA903 file.
 * </ol>
 */
final class HeaderMatch {

  /** Columns that only one table has, such as DECOM or IN_TOUCH: a sign of which table it is. */
  private static final Map<Ssda903Table, Set<String>> DISTINCTIVE = distinctive();

  private HeaderMatch() {}

  static Optional<Ssda903Table> table(Collection<String> header) {
    Set<String> names = header.stream().map(HeaderMatch::normalise).collect(Collectors.toSet());
    Optional<Ssda903Table> complete =
        best(
            names,
            List.of(Ssda903Table.values()).stream()
                .filter(t -> present(t, names) == t.columns().size())
                .toList());
    if (complete.isPresent() || !names.contains("CHILD")) {
      return complete;
    }
    return best(
        names,
        List.of(Ssda903Table.values()).stream()
            .filter(t -> DISTINCTIVE.get(t).stream().anyMatch(names::contains))
            .filter(t -> 2 * present(t, names) >= t.columns().size())
            .toList());
  }

  /** A column name as compared: trimmed and upper-cased. */
  static String normalise(String name) {
    return name.strip().toUpperCase(Locale.ROOT);
  }

  /** The candidate with the most columns present; none on a tie. */
  private static Optional<Ssda903Table> best(Set<String> names, List<Ssda903Table> candidates) {
    @Nullable Ssda903Table best = null;
    boolean tie = false;
    for (Ssda903Table table : candidates) {
      int score = present(table, names);
      if (best == null || score > present(best, names)) {
        best = table;
        tie = false;
      } else if (score == present(best, names)) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  private static int present(Ssda903Table table, Set<String> names) {
    return (int) table.columns().stream().filter(c -> names.contains(c.name())).count();
  }

  private static Map<Ssda903Table, Set<String>> distinctive() {
    Map<String, Long> tablesWith =
        List.of(Ssda903Table.values()).stream()
            .flatMap(t -> t.columns().stream())
            .collect(Collectors.groupingBy(Column::name, Collectors.counting()));
    Map<Ssda903Table, Set<String>> distinctive = new HashMap<>();
    for (Ssda903Table table : Ssda903Table.values()) {
      distinctive.put(
          table,
          table.columns().stream()
              .map(Column::name)
              .filter(name -> tablesWith.get(name) == 1)
              .collect(Collectors.toUnmodifiableSet()));
    }
    return Map.copyOf(distinctive);
  }
}
