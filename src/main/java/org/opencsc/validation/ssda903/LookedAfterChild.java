package org.opencsc.validation.ssda903;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ReturnYear;

/**
 * One child's records across the SSDA903 return's tables, as the rules read them: the Header row,
 * the episodes in start order, and every other table's rows in file order.
 */
public final class LookedAfterChild {

  private static final Comparator<Ssda903Row> BY_START =
      Comparator.comparing(
              (Ssda903Row r) -> r.date("DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Ssda903Row::row);

  // each table's place in Ssda903Tables.ALL, looked up once: the rules ask for a table millions
  // of times
  private static final int HEADER = Ssda903Tables.ALL.indexOf(Ssda903Tables.HEADER);
  private static final int EPISODES = Ssda903Tables.ALL.indexOf(Ssda903Tables.EPISODES);
  private static final int REVIEWS = Ssda903Tables.ALL.indexOf(Ssda903Tables.REVIEWS);
  private static final int UASC = Ssda903Tables.ALL.indexOf(Ssda903Tables.UASC);
  private static final int OC2 = Ssda903Tables.ALL.indexOf(Ssda903Tables.OC2);
  private static final int OC3 = Ssda903Tables.ALL.indexOf(Ssda903Tables.OC3);
  private static final int AD1 = Ssda903Tables.ALL.indexOf(Ssda903Tables.AD1);
  private static final int PLACED_ADOPTION =
      Ssda903Tables.ALL.indexOf(Ssda903Tables.PLACED_ADOPTION);
  private static final int PREV_PERM = Ssda903Tables.ALL.indexOf(Ssda903Tables.PREV_PERM);
  private static final int MISSING = Ssda903Tables.ALL.indexOf(Ssda903Tables.MISSING);
  private static final int SW_EPISODES = Ssda903Tables.ALL.indexOf(Ssda903Tables.SW_EPISODES);
  private static final int DOLO = Ssda903Tables.ALL.indexOf(Ssda903Tables.DOLO);

  private final String id;
  private final Ssda903Return inReturn;
  private final List<List<Ssda903Row>> tables;

  LookedAfterChild(String id, Ssda903Return inReturn) {
    this.id = id;
    this.inReturn = inReturn;
    this.tables = new ArrayList<>(Ssda903Tables.ALL.size());
    for (int i = 0; i < Ssda903Tables.ALL.size(); i++) {
      tables.add(new ArrayList<>(0));
    }
  }

  void add(int table, Ssda903Row row) {
    tables.get(table).add(row);
  }

  void sort() {
    episodes().sort(BY_START);
  }

  /** The child's ID as OpenCSC keeps it (trimmed, upper case). */
  public String id() {
    return id;
  }

  /** The return the child is in: its collection year and, when supplied, last year's return. */
  public Ssda903Return inReturn() {
    return inReturn;
  }

  public ReturnYear year() {
    return inReturn.year();
  }

  /** 1 April of the collection year */
  public LocalDate collectionStart() {
    return inReturn.year().start();
  }

  /** 31 March of the collection year */
  public LocalDate collectionEnd() {
    return inReturn.year().end();
  }

  /** The child's Header row (the first, if the file repeats it), or null when it has none. */
  public @Nullable Ssda903Row header() {
    List<Ssda903Row> header = tables.get(HEADER);
    return header.isEmpty() ? null : header.get(0);
  }

  /** The date of birth on the Header row, if valid. */
  public @Nullable LocalDate dob() {
    Ssda903Row header = header();
    return header == null ? null : header.date("DOB");
  }

  /** Whole years of age on {@code date}, or null without a valid date of birth. */
  public @Nullable Integer ageOn(LocalDate date) {
    LocalDate dob = dob();
    return dob == null ? null : Period.between(dob, date).getYears();
  }

  /** The episodes in start order (DECOM; unreadable dates last). */
  public List<Ssda903Row> episodes() {
    return tables.get(EPISODES);
  }

  public List<Ssda903Row> reviews() {
    return tables.get(REVIEWS);
  }

  public List<Ssda903Row> uasc() {
    return tables.get(UASC);
  }

  public List<Ssda903Row> oc2() {
    return tables.get(OC2);
  }

  public List<Ssda903Row> oc3() {
    return tables.get(OC3);
  }

  public List<Ssda903Row> ad1() {
    return tables.get(AD1);
  }

  public List<Ssda903Row> placedAdoption() {
    return tables.get(PLACED_ADOPTION);
  }

  public List<Ssda903Row> prevPerm() {
    return tables.get(PREV_PERM);
  }

  public List<Ssda903Row> missing() {
    return tables.get(MISSING);
  }

  public List<Ssda903Row> swEpisodes() {
    return tables.get(SW_EPISODES);
  }

  public List<Ssda903Row> dolo() {
    return tables.get(DOLO);
  }

  /** The child's rows of a table by its DfE name. */
  public List<Ssda903Row> rows(String table) {
    int at = Ssda903Tables.ALL.indexOf(table);
    if (at < 0) {
      throw new IllegalArgumentException("no SSDA903 table " + table);
    }
    return tables.get(at);
  }

  /**
   * The postcode reference data: for the rules that need it ({@code Need.POSTCODES}), which run
   * only when it was supplied.
   */
  public Postcodes postcodes() {
    return inReturn
        .postcodes()
        .orElseThrow(() -> new IllegalStateException("no postcode reference data supplied"));
  }

  /**
   * Ofsted's provider lists: for the rules that need them ({@code Need.PROVIDERS}), which run only
   * when they were supplied.
   */
  public Providers providers() {
    return inReturn
        .providers()
        .orElseThrow(() -> new IllegalStateException("no Ofsted provider lists supplied"));
  }

  /** The same child in last year's return, when that was supplied and holds the child. */
  public Optional<LookedAfterChild> lastYear() {
    return inReturn.previous().flatMap(previous -> previous.child(id));
  }

  @Override
  public String toString() {
    return "child " + id;
  }
}
