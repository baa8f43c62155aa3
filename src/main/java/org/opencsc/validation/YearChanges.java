package org.opencsc.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the DfE changed in a return's rules in one collection year, as it publishes it: rules added
 * or amended (a class with a code already in force replaces it), rules deleted, and — for the
 * SSDA903, whose list does not say — which rules are queries. The first year lists every rule.
 * Rules of the DfE's list that OpenCSC does not run are listed with the reason.
 */
public final class YearChanges<C> {

  private final ReturnYear year;
  private final List<Rule<C>> added = new ArrayList<>();
  private final Set<String> deleted = new LinkedHashSet<>();
  private final Set<String> queries = new LinkedHashSet<>();
  private final Map<String, String> notImplemented = new LinkedHashMap<>();

  YearChanges(ReturnYear year) {
    this.year = year;
  }

  /** Rules new this year, or amended (same code as a rule in force: this one replaces it). */
  @SafeVarargs
  public final YearChanges<C> add(Rule<C>... rules) {
    Collections.addAll(added, rules);
    return this;
  }

  /** Rules the DfE withdrew this year. */
  public YearChanges<C> delete(String... codes) {
    Collections.addAll(deleted, codes);
    return this;
  }

  /** Rules that are queries from this year on (SSDA903: its list does not say). */
  public YearChanges<C> queries(String... codes) {
    Collections.addAll(queries, codes);
    return this;
  }

  /** A rule of the DfE's list that OpenCSC does not run, and why. */
  public YearChanges<C> notImplemented(String code, String why) {
    notImplemented.put(code, why);
    return this;
  }

  public ReturnYear year() {
    return year;
  }

  public List<Rule<C>> added() {
    return List.copyOf(added);
  }

  public Set<String> deleted() {
    return Collections.unmodifiableSet(deleted);
  }

  public Set<String> queries() {
    return Collections.unmodifiableSet(queries);
  }

  public Map<String, String> notImplemented() {
    return Collections.unmodifiableMap(notImplemented);
  }
}
