package org.opencsc.validation.ssda903;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ReturnYear;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleTesting;

/**
 * A small SSDA903 return written out by hand for a rule's test: tables as CSV lines, rows numbered
 * as in a file (the header line is row 1).
 *
 * <pre>{@code
 * Ssda903Fixture f = Ssda903Fixture.of("2025-26")
 *     .table("Episodes", "CHILD,DECOM,RNE,DEC,REC", "1,01/05/2025,S,,", "1,01/06/2025,P,,")
 *     .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/04/2025");
 * assertThat(f.check(new Rule1003(), "1")).hasSize(1);
 * }</pre>
 */
public final class Ssda903Fixture {

  private final Ssda903Return ssda903;

  private Ssda903Fixture(Ssda903Return ssda903) {
    this.ssda903 = ssda903;
  }

  /** A return of that collection year, every code valid. */
  public static Ssda903Fixture of(String year) {
    return of(year, Codes.ANY);
  }

  /** A return of that collection year with these code lists. */
  public static Ssda903Fixture of(String year, Codes codes) {
    return new Ssda903Fixture(new Ssda903Return(ReturnYear.of(year), codes));
  }

  /** Code lists given inline: field → its valid codes (fields not listed take any code). */
  public static Codes codes(Map<String, List<String>> lists) {
    return (field, code) -> !lists.containsKey(field) || lists.get(field).contains(code);
  }

  /** A table: its header line, then its rows (CSV without quotes; blank fields allowed). */
  public Ssda903Fixture table(String table, String header, String... rows) {
    Map<String, Integer> columns = new HashMap<>();
    String[] names = header.split(",", -1);
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i], i);
    }
    for (int i = 0; i < rows.length; i++) {
      ssda903.add(new Ssda903Row(table, i + 2, columns, rows[i].split(",", -1)));
    }
    return this;
  }

  /** Last year's return, for the rules that compare the two. */
  public Ssda903Fixture previous(Ssda903Fixture lastYear) {
    ssda903.previous(lastYear.ssda903);
    return this;
  }

  /** Postcode reference data, for the rules that need it. */
  public Ssda903Fixture postcodes(Postcodes postcodes) {
    ssda903.postcodes(postcodes);
    return this;
  }

  /**
   * Made-up postcode sectors for the rules' tests, the council's code {@code E06000901}: {@code ZZ1
   * 1} at the grid's origin and {@code ZZ1 2} ten miles east of it, both the council's; {@code ZZ9
   * 9} 600 km (372.8 miles) north, another authority's; {@code ZZ8 8} 1,700 km (1,056.4 miles)
   * north.
   */
  public static Postcodes testPostcodes() {
    return new Postcodes(
        java.util.Map.of(
            "ZZ11", new Postcodes.Sector(0, 0, "E06000901"),
            "ZZ12", new Postcodes.Sector(16_093, 0, "E06000901"),
            "ZZ99", new Postcodes.Sector(0, 600_000, "E06000902"),
            "ZZ88", new Postcodes.Sector(0, 1_700_000, "E06000903")),
        "E06000901");
  }

  /** Ofsted's provider lists, for the rules that need them. */
  public Ssda903Fixture providers(Providers providers) {
    ssda903.providers(providers);
    return this;
  }

  /**
   * Made-up providers for the rules' tests (no real URN), the council's code {@code E06000901}:
   * {@code SC000001} a children's home (K2, PR1 or PR4) at {@code ZZ1 1AB} in the council's area,
   * still registered; {@code SC000002} a fostering agency (U1-U6, PR4) at {@code ZZ9 9CD} in
   * another authority's, deregistered on 30/09/2025; {@code SC000003} listed with nothing but its
   * URN.
   */
  public static Providers testProviders() {
    return new Providers(
        java.util.Map.of(
            "SC000001",
            new Providers.Provider(
                "SC000001",
                2,
                java.util.Set.of("K2"),
                java.util.Set.of("PR1", "PR4"),
                "ZZ1 1AB",
                null,
                "E06000901"),
            "SC000002",
            new Providers.Provider(
                "SC000002",
                3,
                java.util.Set.of("U1", "U2", "U3", "U4", "U5", "U6"),
                java.util.Set.of("PR4"),
                "ZZ9 9CD",
                java.time.LocalDate.of(2025, 9, 30),
                "E06000902"),
            "SC000003",
            new Providers.Provider(
                "SC000003", 4, java.util.Set.of(), java.util.Set.of(), "", null, null)),
        "E06000901");
  }

  public Ssda903Return ssda903() {
    return ssda903;
  }

  public LookedAfterChild child(String id) {
    return ssda903.child(id).orElseThrow(() -> new AssertionError("no child " + id));
  }

  /** What the rule finds on that child. */
  public List<RuleFinding> check(Rule<LookedAfterChild> rule, String childId) {
    LookedAfterChild child = child(childId);
    return RuleTesting.check(Ssda903Validation.years(), ssda903.year(), rule, child, child.id());
  }
}
