package org.opencsc.ingest.internal.ssda903;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.RuleFindings;
import org.opencsc.validation.Need;
import org.opencsc.validation.RuleDefinition;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleSeverity;
import org.opencsc.validation.ValidationResult;
import org.opencsc.validation.ssda903.Ssda903Return;
import org.opencsc.validation.ssda903.Ssda903Row;
import org.opencsc.validation.ssda903.Ssda903Tables;
import org.opencsc.validation.ssda903.Ssda903Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DfE's SSDA903 rules over the run's return, once every file is staged: each finding goes to
 * the load history, and an error keeps its record (the first row it flags) out of the snapshot —
 * unless that is the child's Header row, which is loaded and flagged ({@link
 * RuleFindings#loadedAnyway}).
 */
final class Ssda903RuleCheck {

  private static final Logger log = LoggerFactory.getLogger(Ssda903RuleCheck.class);

  /** The rule of the note that rules did not run for want of data. */
  static final String RULES_NOT_RUN = "RULES_NOT_RUN";

  private static final String DELETE = SqlFile.load(Ssda903RuleCheck.class, "rule_errors.sql");

  private Ssda903RuleCheck() {}

  /**
   * @param listedAt the file at which notes about the return as a whole are listed
   */
  static void run(Ssda903Return ssda903, Connection connection, Findings findings, String listedAt)
      throws SQLException {
    ValidationResult result = Ssda903Validation.run(ssda903);
    Map<Ssda903Table, List<Ssda903Row>> keptOut = new LinkedHashMap<>();
    for (RuleFinding finding : result.findings()) {
      Ssda903Row row = (Ssda903Row) finding.where().record();
      if (finding.severity() != RuleSeverity.ERROR) {
        findings.add(RuleFindings.of(finding, row.file(), row.row()));
      } else if (row.table().equals(Ssda903Tables.HEADER)) {
        // the child's own record: without it the child and all its rows would be lost
        findings.add(RuleFindings.loadedAnyway(finding, row.file(), row.row()));
      } else {
        findings.add(RuleFindings.of(finding, row.file(), row.row()));
        keptOut.computeIfAbsent(Ssda903Table.ofLabel(row.table()), t -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<Ssda903Table, List<Ssda903Row>> rows : keptOut.entrySet()) {
      delete(connection, rows.getKey(), rows.getValue());
    }
    for (Finding notRun : notRun(result.notRun(), ssda903.supplied(), listedAt)) {
      findings.add(notRun);
      log.info("SSDA903 rules not run: {}", notRun.message());
    }
    for (String failure : result.failures()) {
      // a defect of OpenCSC's rule, never the council's data (it names no child)
      log.error("SSDA903 rule failed: {}", failure);
    }
    log.info(
        "SSDA903 rules: {} rules on {} children in {} ms, {} errors, {} queries",
        result.rules().entries().size(),
        result.children(),
        result.took().toMillis(),
        result.errors(),
        result.queries());
  }

  /**
   * One query per kind of data that was not supplied, naming the rules that need it and did not
   * run: said once in the load history, not once per child. A rule that needs two kinds is named
   * under each that was missing (not under one that was supplied).
   */
  static List<Finding> notRun(List<RuleDefinition> rules, Set<Need> supplied, String listedAt) {
    Map<Need, List<String>> codes = new EnumMap<>(Need.class);
    for (RuleDefinition rule : rules) {
      for (Need need : rule.needs()) {
        if (!supplied.contains(need)) {
          codes.computeIfAbsent(need, n -> new ArrayList<>()).add(rule.code());
        }
      }
    }
    List<Finding> notes = new ArrayList<>();
    codes.forEach(
        (need, list) ->
            notes.add(
                new Finding(
                    listedAt,
                    null,
                    null,
                    null,
                    need.name(),
                    RULES_NOT_RUN,
                    Severity.QUERY,
                    String.format(
                        Locale.ROOT,
                        "%d SSDA903 rule%s need%s %s and did not run: %s.%s",
                        list.size(),
                        list.size() == 1 ? "" : "s",
                        list.size() == 1 ? "s" : "",
                        need.description(),
                        String.join(", ", list),
                        elsewhere(need)))));
    return notes;
  }

  /** Where else the data can be given than the validate command's option the need names. */
  private static String elsewhere(Need need) {
    return switch (need) {
      case PREVIOUS_RETURN ->
          " The import command takes --previous DIR too; the nightly refresh, the setting"
              + " opencsc.ingest.previous-folder.";
      case POSTCODES ->
          " The import command takes --postcodes FILE too; the nightly refresh, the setting"
              + " opencsc.validation.postcodes.";
      case PROVIDERS ->
          " The import command takes --providers FILE too; the nightly refresh, the setting"
              + " opencsc.validation.providers.";
    };
  }

  private static void delete(Connection connection, Ssda903Table table, List<Ssda903Row> rows)
      throws SQLException {
    String[] files = rows.stream().map(Ssda903Row::file).toArray(String[]::new);
    Long[] numbers = rows.stream().map(Ssda903Row::row).toArray(Long[]::new);
    try (PreparedStatement delete =
        connection.prepareStatement(DELETE.replace("{staging}", table.stagingTable()))) {
      Array fileArray = connection.createArrayOf("text", files);
      Array rowArray = connection.createArrayOf("bigint", numbers);
      delete.setArray(1, fileArray);
      delete.setArray(2, rowArray);
      delete.executeUpdate();
    }
  }
}
