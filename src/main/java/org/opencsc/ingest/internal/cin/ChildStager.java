package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.RuleFindings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.validation.RuleDefinition;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.RuleSeverity;
import org.opencsc.validation.cin.CinReturn;
import org.opencsc.validation.cin.XmlNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code Child}: its identifiers and characteristics, its disabilities, then each CINdetails
 * ({@link EpisodeStager}). A child without a usable LAchildID, or whose identifiers or
 * characteristics break a rule the database would refuse (no sex, no ethnicity, no birth or
 * expected birth date, death before birth), is kept out whole. A UPN, FormerUPN or UPNunknown of
 * the wrong shape only helps matching, so the child is loaded without it (query).
 */
final class ChildStager implements AutoCloseable {

  /** Trimmed and upper-cased: letters, digits and {@code . _ / -}. */
  private static final Pattern CHILD_ID = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0,99}");

  private final SourceFile file;
  private final Findings findings;
  private final CodeLists codes;
  private final CollectionYear year;
  private final CinRows rows;
  private final EpisodeStager episodes;
  private static final Logger log = LoggerFactory.getLogger(ChildStager.class);

  private final CinElements elements = new CinElements();

  /** The DfE's rules, null when the run does not apply them. */
  private final @Nullable ParallelChecks checks;

  private long childrenChecked;

  ChildStager(
      SourceFile file,
      Findings findings,
      CodeLists codes,
      CollectionYear year,
      CinRows rows,
      @Nullable CinReturn census) {
    this.checks =
        census == null
            ? null
            : new ParallelChecks(
                census, Runtime.getRuntime().availableProcessors(), this::stageChecked);
    this.file = file;
    this.findings = findings;
    this.codes = codes;
    this.year = year;
    this.rows = rows;
    this.episodes = new EpisodeStager(rows);
  }

  /**
   * Stages the child at {@code row} (its position in the file, from 1): at once without the DfE's
   * rules, or, with them, once they have checked it (on other threads, in file order).
   */
  void stage(XmlNode child, long row) throws SQLException {
    if (checks == null) {
      stage(child, row, KeptOut.NOTHING);
    } else {
      checks.add(child, row);
    }
  }

  private void stageChecked(XmlNode child, long row, List<RuleFinding> found) throws SQLException {
    stage(child, row, dfeRules(child, row, found));
  }

  private void stage(XmlNode child, long row, KeptOut keptOut) throws SQLException {
    ChildScope anonymous = new ChildScope(file, row, null, findings, codes, year, keptOut);
    Optional<String> id = childId(child.child("ChildIdentifiers"), anonymous);
    if (id.isEmpty()) {
      return;
    }
    ChildScope scope = anonymous.withChild(id.get());
    elements.reportUnknown(child, "Child", scope);
    if (!identity(child, scope)) {
      return;
    }
    XmlNode disabilities = child.child("ChildCharacteristics").child("Disabilities");
    for (String code : scope.codeList(disabilities.all("Disability"), "Disability")) {
      rows.disability.add(file.name(), row, scope.childId(), code);
    }
    Journey journey = new Journey(scope, rows);
    int seq = 0;
    for (XmlNode details : child.all("CINdetails")) {
      if (!keptOut.contains(details)) {
        episodes.stage(details, journey, scope, ++seq);
      }
    }
    journey.finish();
    if (seq == 0) {
      scope.query(
          "CINdetails", null, "NO_CIN_DETAILS", "the child has no CINdetails: loaded without any");
    }
  }

  /**
   * Once the file's last child is read: the children still being checked are staged, then come the
   * DfE's rules about the census as a whole and, logged, how long the rules took and what could not
   * run.
   */
  void finishRules() throws SQLException {
    if (checks == null) {
      return;
    }
    for (RuleFinding finding : checks.finish()) {
      findings.add(RuleFindings.aboutTheReturn(finding, file.name()));
    }
    for (RuleDefinition rule : checks.rules().notRun()) {
      log.info("CIN census rule {} not run: it needs {}", rule.code(), rule.needs());
    }
    for (String failure : checks.rules().failures()) {
      // a defect of OpenCSC's rule, never the council's data (it names no child)
      log.error("CIN census rule failed: {}", failure);
    }
    log.info(
        "CIN census rules: {} children of {} checked in {} ms of rule time on {} threads",
        childrenChecked,
        file.name(),
        checks.ruleNanos() / 1_000_000,
        checks.threads());
  }

  /** Stops the threads that check children, whether or not the file was read to its end. */
  @Override
  public void close() {
    if (checks != null) {
      checks.close();
    }
  }

  /**
   * What the DfE's rules found on the child as the file has it: every finding is reported, and what
   * the errors keep out is returned.
   */
  private KeptOut dfeRules(XmlNode child, long row, List<RuleFinding> found) throws SQLException {
    childrenChecked++;
    List<XmlNode> keptOut = new ArrayList<>();
    for (RuleFinding finding : found) {
      if (finding.severity() != RuleSeverity.ERROR) {
        findings.add(RuleFindings.of(finding, file.name(), row));
        continue;
      }
      XmlNode record = KeptOut.recordBelowChild(child, finding.where().record());
      if (record == null) {
        findings.add(RuleFindings.loadedAnyway(finding, file.name(), row));
      } else {
        findings.add(RuleFindings.of(finding, file.name(), row));
        keptOut.add(record);
      }
    }
    return KeptOut.of(keptOut);
  }

  private Optional<String> childId(XmlNode identifiers, ChildScope scope) throws SQLException {
    String raw = identifiers.text("LAchildID");
    if (raw == null) {
      scope.error(
          "LAchildID",
          null,
          "CHILD_ID_MISSING",
          "the child has no LAchildID" + identifiers.where() + ": the child is kept out");
      return Optional.empty();
    }
    String id = raw.strip().toUpperCase(Locale.ROOT);
    if (!CHILD_ID.matcher(id).matches()) {
      scope.error(
          "LAchildID",
          raw,
          "CHILD_ID_FORMAT",
          "an LAchildID is up to 100 letters, digits and . _ / - characters: the child is kept out");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /** Stages the child's own row; false when the child is kept out. */
  private boolean identity(XmlNode child, ChildScope scope) throws SQLException {
    XmlNode ids = child.child("ChildIdentifiers");
    Fields f = new Fields(ids, scope, "the child");
    String upn = Identifiers.upn(ids, "UPN", scope);
    String formerUpn = Identifiers.upn(ids, "FormerUPN", scope);
    String upnUnknown = Identifiers.optionalCode(ids, "UPNunknown", scope);
    LocalDate birth = f.date("PersonBirthDate", false);
    LocalDate expected = f.date("ExpectedPersonBirthDate", false);
    String sex = Identifiers.sex(ids, f, scope);
    LocalDate death = f.date("PersonDeathDate", false);
    if (!f.has("PersonBirthDate") && !f.has("ExpectedPersonBirthDate")) {
      f.refuse(
          "PersonBirthDate",
          null,
          "MISSING_VALUE",
          "a child needs a PersonBirthDate or, unborn, an ExpectedPersonBirthDate");
    }
    f.order(birth, "PersonBirthDate", death, "PersonDeathDate");
    Fields characteristics = new Fields(child.child("ChildCharacteristics"), scope, "the child");
    String ethnicity = characteristics.code("Ethnicity", true);
    if (f.refused() || characteristics.refused()) {
      return false;
    }
    rows.child.add(
        file.name(),
        scope.row(),
        "CIN census",
        CinCensusSource.PRECEDENCE,
        scope.childId(),
        upn,
        formerUpn,
        upnUnknown,
        sex,
        birth,
        expected,
        death,
        ethnicity);
    return true;
  }
}
