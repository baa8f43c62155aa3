package org.opencsc.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A return's rules year by year: the first year's full list, then each year's additions, amendments
 * and deletions ({@link YearChanges}), in one place per return. The rules of a year are the first
 * year's with every later change up to it applied; messages come from that year's DfE catalogue (or
 * the latest earlier one kept).
 */
public final class RuleYears<C> {

  private final ReturnType returnType;
  private final TreeMap<ReturnYear, YearChanges<C>> years = new TreeMap<>();

  private RuleYears(ReturnType returnType) {
    this.returnType = returnType;
  }

  public static <C> RuleYears<C> of(ReturnType returnType) {
    return new RuleYears<>(returnType);
  }

  /** The changes of one collection year ({@code 2025-26}), in order. */
  public RuleYears<C> year(String label, Consumer<YearChanges<C>> changes) {
    ReturnYear year = ReturnYear.of(label);
    if (!years.isEmpty() && years.lastKey().compareTo(year) >= 0) {
      throw new IllegalArgumentException("years must be listed in order: " + label);
    }
    YearChanges<C> these = new YearChanges<>(year);
    changes.accept(these);
    years.put(year, these);
    return this;
  }

  public ReturnType returnType() {
    return returnType;
  }

  /** Every year listed, in order. */
  public List<YearChanges<C>> changes() {
    return List.copyOf(years.values());
  }

  /** The years whose rules are known: the first listed, and every year after it. */
  public ReturnYear firstYear() {
    return years.firstKey();
  }

  public ReturnYear lastYear() {
    return years.lastKey();
  }

  /**
   * The rules in force in {@code year}: before the first year listed, the first year's; after the
   * last, the last's (a new year's rules are added when the DfE publishes them).
   */
  public RuleSet<C> rulesFor(ReturnYear year) {
    Map<String, Rule<C>> inForce = new LinkedHashMap<>();
    Set<String> queries = new LinkedHashSet<>();
    for (YearChanges<C> changes : years.headMap(effective(year), true).values()) {
      changes.deleted().forEach(inForce::remove);
      changes.deleted().forEach(queries::remove);
      for (Rule<C> rule : changes.added()) {
        inForce.put(annotation(rule).code(), rule);
      }
      queries.addAll(changes.queries());
    }
    RuleCatalogue catalogue = catalogue(year);
    List<RuleSet.Entry<C>> entries = new ArrayList<>();
    for (Map.Entry<String, Rule<C>> rule : inForce.entrySet()) {
      entries.add(
          new RuleSet.Entry<>(definition(rule.getValue(), catalogue, queries), rule.getValue()));
    }
    return new RuleSet<>(returnType, year, entries);
  }

  /** The codes of the DfE's list for {@code year} that no rule class implements, with why. */
  public Map<String, String> notImplemented(ReturnYear year) {
    Map<String, String> why = new LinkedHashMap<>();
    for (YearChanges<C> changes : years.headMap(effective(year), true).values()) {
      changes.deleted().forEach(why::remove);
      why.putAll(changes.notImplemented());
    }
    Set<String> implemented = new LinkedHashSet<>();
    rulesFor(year).definitions().forEach(d -> implemented.add(d.code()));
    Map<String, String> missing = new LinkedHashMap<>();
    for (String code : catalogue(year).messages().keySet()) {
      if (!implemented.contains(code)) {
        missing.put(code, why.getOrDefault(code, ""));
      }
    }
    return missing;
  }

  /**
   * The DfE's list for {@code year}, or the latest earlier one kept here; before the first year,
   * the first year's (the rules run on an older return are the oldest OpenCSC has).
   */
  public RuleCatalogue catalogue(ReturnYear year) {
    for (ReturnYear y = effective(year);
        y.compareTo(firstYear().previous()) > 0;
        y = y.previous()) {
      Optional<RuleCatalogue> catalogue = RuleCatalogue.of(returnType, y);
      if (catalogue.isPresent()) {
        return catalogue.get();
      }
    }
    throw new IllegalStateException(
        "no DfE rule list for the " + returnType.title() + " in or before " + year);
  }

  private ReturnYear effective(ReturnYear year) {
    if (year.compareTo(firstYear()) < 0) {
      return firstYear();
    }
    return year;
  }

  private RuleDefinition definition(Rule<C> rule, RuleCatalogue catalogue, Set<String> queries) {
    DfeRule about = annotation(rule);
    String message = catalogue.message(about.code());
    if (message == null) {
      throw new IllegalStateException(
          rule.getClass().getSimpleName()
              + ": rule "
              + about.code()
              + " is not in the DfE's "
              + returnType.title()
              + " list for "
              + catalogue.year());
    }
    RuleSeverity severity =
        queries.contains(about.code()) ? RuleSeverity.QUERY : catalogue.severity(about.code());
    return new RuleDefinition(
        returnType,
        about.code(),
        severity,
        message,
        Arrays.asList(about.fields()),
        Set.of(about.needs()),
        about.advice());
  }

  static DfeRule annotation(Rule<?> rule) {
    DfeRule about = rule.getClass().getAnnotation(DfeRule.class);
    if (about == null) {
      throw new IllegalStateException(rule.getClass().getName() + " has no @DfeRule");
    }
    return about;
  }
}
