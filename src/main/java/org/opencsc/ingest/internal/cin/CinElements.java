package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.XmlNode;

/**
 * The elements a {@code Child} may hold, from the DfE schema of each supported year (GenderCurrent
 * of the years up to 2023-24, Sex since 2024-25, PreProceedingsandFGDM which is accepted and not
 * read). Anything else is reported once per file as a query and ignored: a misspelt element would
 * otherwise vanish without a word.
 */
final class CinElements {

  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("Child", Set.of("ChildIdentifiers", "ChildCharacteristics", "CINdetails")),
          Map.entry(
              "ChildIdentifiers",
              Set.of(
                  "LAchildID",
                  "UPN",
                  "FormerUPN",
                  "UPNunknown",
                  "PersonBirthDate",
                  "ExpectedPersonBirthDate",
                  "Sex",
                  "GenderCurrent",
                  "PersonDeathDate")),
          Map.entry("ChildCharacteristics", Set.of("Ethnicity", "Disabilities")),
          Map.entry("Disabilities", Set.of("Disability")),
          Map.entry(
              "CINdetails",
              Set.of(
                  "CINreferralDate",
                  "ReferralSource",
                  "PrimaryNeedCode",
                  "CINclosureDate",
                  "ReasonForClosure",
                  "DateOfInitialCPC",
                  "Assessments",
                  "CINPlanDates",
                  "Section47",
                  "ReferralNFA",
                  "ChildProtectionPlans",
                  "PreProceedingsandFGDM")),
          Map.entry(
              "Assessments",
              Set.of(
                  "AssessmentActualStartDate",
                  "AssessmentInternalReviewDate",
                  "AssessmentAuthorisationDate",
                  "FactorsIdentifiedAtAssessment")),
          Map.entry("FactorsIdentifiedAtAssessment", Set.of("AssessmentFactors")),
          Map.entry("CINPlanDates", Set.of("CINPlanStartDate", "CINPlanEndDate")),
          Map.entry(
              "Section47",
              Set.of(
                  "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")),
          Map.entry(
              "ChildProtectionPlans",
              Set.of(
                  "CPPstartDate",
                  "CPPendDate",
                  "InitialCategoryOfAbuse",
                  "LatestCategoryOfAbuse",
                  "NumberOfPreviousCPP",
                  "Reviews")),
          Map.entry("Reviews", Set.of("CPPreviewDate")));

  private final Set<String> reported = new HashSet<>();

  /** Reports the elements of this child that the census does not have, each path once a file. */
  void reportUnknown(XmlNode node, String path, ChildScope scope) throws SQLException {
    reportUnknown(node, new Path(null, path), scope);
  }

  private void reportUnknown(XmlNode node, Path path, ChildScope scope) throws SQLException {
    Set<String> allowed = ALLOWED.get(node.name());
    if (allowed == null) {
      return;
    }
    for (XmlNode child : node.children()) {
      if (!allowed.contains(child.name())) {
        String childPath = new Path(path, child.name()).toString();
        if (reported.add(childPath)) {
          scope.query(
              child.name(),
              null,
              "UNKNOWN_ELEMENT",
              childPath
                  + child.where()
                  + " is not part of the CIN census: ignored here and wherever else it appears"
                  + " in this file");
        }
      } else if (!child.children().isEmpty()) {
        reportUnknown(child, new Path(path, child.name()), scope);
      }
    }
  }

  /**
   * Where an element is ("Child/CINdetails/Assessments"), spelt out only when an unknown element is
   * reported: building the text for every element of every child took a tenth of the reading.
   */
  private record Path(@Nullable Path parent, String name) {
    @Override
    public String toString() {
      return parent == null ? name : parent + "/" + name;
    }
  }
}
