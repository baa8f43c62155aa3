package org.opencsc.validation.ssda903;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Codes;
import org.opencsc.validation.Need;
import org.opencsc.validation.ReturnYear;

/**
 * A council's SSDA903 return for one collection year, child by child, with what else the rules may
 * use: last year's return and reference data, when supplied. Built row by row as the files are read
 * ({@link #add}); rows without a child ID belong to no child and are left to the ingest's checks.
 */
public final class Ssda903Return {

  private final ReturnYear year;
  private final Codes codes;
  private final Map<String, LookedAfterChild> children = new LinkedHashMap<>();
  private final Set<Need> supplied = EnumSet.noneOf(Need.class);
  private @Nullable Ssda903Return previous;
  private @Nullable Postcodes postcodes;
  private @Nullable Providers providers;
  private volatile boolean sorted;
  private final Map<String, Map<String, List<LookedAfterChild>>> headerIndexes =
      new ConcurrentHashMap<>();

  /**
   * @param codes the year's code lists, for the rules that check a field's code
   */
  public Ssda903Return(ReturnYear year, Codes codes) {
    this.year = year;
    this.codes = codes;
  }

  public Codes codes() {
    return codes;
  }

  public ReturnYear year() {
    return year;
  }

  /** A row of a table ({@link Ssda903Tables}); its child comes from its {@code CHILD} column. */
  public void add(Ssda903Row row) {
    int table = Ssda903Tables.ALL.indexOf(row.table());
    if (table < 0) {
      throw new IllegalArgumentException("no SSDA903 table " + row.table());
    }
    String id = row.value("CHILD").toUpperCase(Locale.ROOT);
    if (id.isEmpty()) {
      return;
    }
    children.computeIfAbsent(id, key -> new LookedAfterChild(key, this)).add(table, row);
    sorted = false;
  }

  /** Last year's return, for the rules that compare the two years. */
  public void previous(Ssda903Return lastYear) {
    this.previous = lastYear;
    supplied.add(Need.PREVIOUS_RETURN);
  }

  public Optional<Ssda903Return> previous() {
    return Optional.ofNullable(previous);
  }

  /** Postcode reference data, for the rules on distance and the placement's authority. */
  public void postcodes(Postcodes reference) {
    this.postcodes = reference;
    supplied.add(Need.POSTCODES);
  }

  public Optional<Postcodes> postcodes() {
    return Optional.ofNullable(postcodes);
  }

  /** Ofsted's provider lists, for the rules on the episode's URN. */
  public void providers(Providers reference) {
    this.providers = reference;
    supplied.add(Need.PROVIDERS);
  }

  public Optional<Providers> providers() {
    return Optional.ofNullable(providers);
  }

  /** What the rules may use beyond the return. */
  public Set<Need> supplied() {
    return Collections.unmodifiableSet(supplied);
  }

  /** Every child with a row in any table, in the order first seen. */
  public Collection<LookedAfterChild> children() {
    if (!sorted) {
      children.values().forEach(LookedAfterChild::sort);
      sorted = true;
    }
    return Collections.unmodifiableCollection(children.values());
  }

  /**
   * The children whose Header has this value in {@code field} (compared in upper case): for the
   * rules that compare a child with the others (a UPN twice), without a pass over every child for
   * each child. Worked out once per field, on first use.
   */
  public List<LookedAfterChild> childrenWithHeader(String field, String value) {
    Map<String, List<LookedAfterChild>> index =
        headerIndexes.computeIfAbsent(field, this::indexHeaders);
    return index.getOrDefault(value.toUpperCase(Locale.ROOT), List.of());
  }

  private Map<String, List<LookedAfterChild>> indexHeaders(String field) {
    Map<String, List<LookedAfterChild>> index = new HashMap<>();
    for (LookedAfterChild child : children()) {
      Ssda903Row header = child.header();
      if (header != null && header.present(field)) {
        index
            .computeIfAbsent(header.value(field).toUpperCase(Locale.ROOT), v -> new ArrayList<>(1))
            .add(child);
      }
    }
    return index;
  }

  public Optional<LookedAfterChild> child(String id) {
    children();
    return Optional.ofNullable(children.get(id.trim().toUpperCase(Locale.ROOT)));
  }
}
