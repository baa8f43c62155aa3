package org.opencsc.validation.cin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Codes;
import org.opencsc.validation.Need;
import org.opencsc.validation.ReturnYear;

/**
 * A council's CIN census as the rules see it beside each child: its header, collection year and
 * reference date, and the year's code lists. The children themselves are read and checked one at a
 * time ({@link CinChild}); a census is never held whole. It also remembers the identifiers its
 * children have shown so far ({@link #seenBefore}), for the few rules that compare children: make
 * one per reading of a census.
 */
public final class CinReturn {

  private final ReturnYear year;
  private final XmlNode header;
  private final @Nullable LocalDate referenceDate;
  private final Codes codes;

  /**
   * "field\0value" of every identifier a child has shown: children are checked on several cores.
   */
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> distinct = new ConcurrentHashMap<>();

  /**
   * @param header the census's {@code Header} element
   * @param referenceDate the header's {@code ReferenceDate} (31 March), null when missing or
   *     invalid
   */
  public CinReturn(
      ReturnYear year, XmlNode header, @Nullable LocalDate referenceDate, Codes codes) {
    this.year = year;
    this.header = header;
    this.referenceDate = referenceDate;
    this.codes = codes;
  }

  public ReturnYear year() {
    return year;
  }

  public XmlNode header() {
    return header;
  }

  public @Nullable LocalDate referenceDate() {
    return referenceDate;
  }

  public Codes codes() {
    return codes;
  }

  /** The census period's first day: 1 April of the collection year. */
  public LocalDate periodStart() {
    return year.start();
  }

  /** The census period's last day: the reference date, or 31 March of the collection year. */
  public LocalDate periodEnd() {
    return referenceDate != null ? referenceDate : year.end();
  }

  /**
   * Notes that a child of this census has {@code value} as its {@code field} (LAchildID, UPN), and
   * says whether an earlier child had it already: the rules that want each child's identifier to be
   * unique flag the second and later ones. Which of two children is "earlier" is the order they are
   * checked in: file order when the census is read child by child.
   */
  public boolean seenBefore(String field, String value) {
    return !seen.add(field + '\0' + value);
  }

  /**
   * A running total of this census, kept by the rules that judge the census as a whole ({@link
   * CensusWide}): each child adds to it, on whichever core checks it.
   */
  public LongAdder total(String name) {
    return totals.computeIfAbsent(name, n -> new LongAdder());
  }

  /** The distinct values of this census under {@code name} (the disability codes used). */
  public Set<String> distinct(String name) {
    return distinct.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet());
  }

  /** What the rules may use beyond the census: nothing yet. */
  public Set<Need> supplied() {
    return Collections.unmodifiableSet(EnumSet.noneOf(Need.class));
  }
}
