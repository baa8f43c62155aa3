package org.opencsc.validation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.CinValidation;
import org.opencsc.validation.cin.XmlNode;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Return;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;
import org.opencsc.validation.ssda903.Ssda903Validation;

/**
 * Where the rules' time goes (a tool for bench/validate, not a test): reads a generated folder's
 * SSDA903 CSVs and CIN census into memory, then times each rule over every child, one rule at a
 * time on one thread, and prints the slowest. Every code is taken as valid (no code lists).
 *
 * <pre>java -cp target/test-classes:target/classes:… org.opencsc.validation.RuleTimings DIR [year]
 * </pre>
 */
public final class RuleTimings {

  private RuleTimings() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ReturnYear year = ReturnYear.of(args.length > 1 ? args[1] : "2025-26");
    Ssda903Return ssda903 = ssda903(dir.resolve("ssda903"), year);
    List<LookedAfterChild> lookedAfter = new ArrayList<>(ssda903.children());
    List<CinChild> cin = cin(dir.resolve("cin"), year);
    if (args.length > 2 && args[2].equals("together")) {
      together(ssda903, cin, year);
      return;
    }
    time("SSDA903", Ssda903Validation.years().rulesFor(year), lookedAfter, LookedAfterChild::id);
    time("CIN", CinValidation.years().rulesFor(year), cin, CinChild::id);
  }

  /**
   * Every rule of both returns, as {@link Validator} runs them (on every core), round after round:
   * the rules' own wall time over returns already in memory.
   */
  private static void together(Ssda903Return ssda903, List<CinChild> cin, ReturnYear year) {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= 5; round++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      ValidationResult lookedAfter = Ssda903Validation.run(ssda903);
      long between = System.nanoTime();
      // a fresh census each round: it remembers the identifiers its children have shown
      CinReturn first = cin.get(0).census();
      CinReturn fresh =
          new CinReturn(first.year(), first.header(), first.referenceDate(), first.codes());
      List<CinChild> children = cin.stream().map(c -> new CinChild(c.node(), fresh)).toList();
      long middle = System.nanoTime();
      ValidationResult census = CinValidation.run(fresh, children);
      long end = System.nanoTime();
      System.out.printf(
          "round %d: SSDA903 %d ms (%d children), CIN %d ms (%d children), all %d ms on %d"
              + " processors (%d ms of CPU time)%n",
          round,
          (between - start) / 1_000_000,
          lookedAfter.children(),
          (end - middle) / 1_000_000,
          census.children(),
          (between - start + end - middle) / 1_000_000,
          Runtime.getRuntime().availableProcessors(),
          (os.getProcessCpuTime() - cpu) / 1_000_000);
    }
  }

  private static <C> void time(
      String name, RuleSet<C> rules, List<C> children, java.util.function.Function<C, String> id) {
    // warm up once, then measure each rule alone
    RuleOutput out = new RuleOutput();
    for (C child : children) {
      rules.check(child, id.apply(child), out);
      out.drain();
      out.drainFailures();
    }
    record Took(String code, long nanos, int findings) {}
    List<Took> took = new ArrayList<>();
    long all = 0;
    for (RuleSet.Entry<C> entry : rules.entries()) {
      RuleSet<C> one = new RuleSet<>(rules.returnType(), rules.year(), List.of(entry));
      long start = System.nanoTime();
      int found = 0;
      for (C child : children) {
        one.check(child, id.apply(child), out);
        found += out.drain().size();
        out.drainFailures();
      }
      long nanos = System.nanoTime() - start;
      all += nanos;
      took.add(new Took(entry.definition().code(), nanos, found));
    }
    took.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
    System.out.printf(
        "%s: %d rules on %d children in %d ms on one thread%n",
        name, took.size(), children.size(), all / 1_000_000);
    took.stream()
        .limit(15)
        .forEach(
            t ->
                System.out.printf(
                    "  %-10s %6d ms %8d findings%n",
                    t.code(), t.nanos() / 1_000_000, t.findings()));
  }

  private static Ssda903Return ssda903(Path folder, ReturnYear year) throws IOException {
    Ssda903Return ssda903 = new Ssda903Return(year, Codes.ANY);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
          Iterator<CsvRecord> records = csv.iterator();
          CsvRecord header = records.next();
          Map<String, Integer> columns = new HashMap<>();
          for (int i = 0; i < header.getFieldCount(); i++) {
            columns.put(header.getField(i).trim().toUpperCase(), i);
          }
          String table = table(columns);
          long row = 0;
          while (records.hasNext()) {
            CsvRecord record = records.next();
            ssda903.add(
                new Ssda903Row(
                    table,
                    file.getFileName().toString(),
                    ++row,
                    columns,
                    record.getFields().toArray(String[]::new)));
          }
        }
      }
    }
    return ssda903;
  }

  /** The generator's file for each table has one column no other has. */
  private static String table(Map<String, Integer> columns) {
    if (columns.containsKey("ETHNIC")) return Ssda903Tables.HEADER;
    if (columns.containsKey("DECOM")) return Ssda903Tables.EPISODES;
    if (columns.containsKey("REVIEW")) return Ssda903Tables.REVIEWS;
    if (columns.containsKey("DUC")) return Ssda903Tables.UASC;
    if (columns.containsKey("SDQ_SCORE")) return Ssda903Tables.OC2;
    if (columns.containsKey("IN_TOUCH")) return Ssda903Tables.OC3;
    if (columns.containsKey("DATE_INT")) return Ssda903Tables.AD1;
    if (columns.containsKey("DATE_PLACED")) return Ssda903Tables.PLACED_ADOPTION;
    if (columns.containsKey("PREV_PERM")) return Ssda903Tables.PREV_PERM;
    if (columns.containsKey("MIS_START")) return Ssda903Tables.MISSING;
    if (columns.containsKey("SW_ID")) return Ssda903Tables.SW_EPISODES;
    if (columns.containsKey("DOLO_START")) return Ssda903Tables.DOLO;
    throw new IllegalArgumentException("not an SSDA903 table: " + columns.keySet());
  }

  private static List<CinChild> cin(Path folder, ReturnYear year) throws Exception {
    List<CinChild> children = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
          CinReturn census = null;
          while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            if (xml.getLocalName().equals("Header")) {
              XmlNode header = XmlNode.read(xml);
              census =
                  new CinReturn(
                      year,
                      header,
                      header.child("CollectionDetails").date("ReferenceDate"),
                      Codes.ANY);
            } else if (xml.getLocalName().equals("Child") && census != null) {
              children.add(new CinChild(XmlNode.read(xml), census));
            }
          }
        }
      }
    }
    return children;
  }
}
