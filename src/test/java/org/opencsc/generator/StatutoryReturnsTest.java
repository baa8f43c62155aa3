package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.database.MigratedDatabase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** The SSDA903 CSVs and CIN census XML written for the hand-built {@link TestCouncil}. */
class StatutoryReturnsTest {

  /** shared/docs/data-standards.md b.1, the 2025-26 tables (DoLo starts in 2026-27). */
  static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
    COLUMNS.put(
        "episodes.csv",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
    COLUMNS.put("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");
    COLUMNS.put("uasc.csv", "CHILD,SEX,DOB,DUC");
    COLUMNS.put(
        "oc2.csv",
        "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
    COLUMNS.put("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
    COLUMNS.put(
        "ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
    COLUMNS.put(
        "placed_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
    COLUMNS.put("prev_perm.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
    COLUMNS.put("missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
    COLUMNS.put("sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
  }

  @TempDir Path dir;

  static GeneratorService service() {
    return new GeneratorService(
        new DefaultListableBeanFactory().getBeanProvider(MigratedDatabase.class));
  }

  private ReturnsWritten write(Path where) {
    return service().writeReturns(TestCouncil.standard(), TestCouncil.settings(), where);
  }

  @Test
  void everySsda903FileHasTheColumnsOfTheStandardAndNothingElse() throws IOException {
    write(dir);
    try (Stream<Path> files = Files.list(dir.resolve("ssda903"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
    }
    for (var table : COLUMNS.entrySet()) {
      String content = read("ssda903/" + table.getKey());
      assertThat(content).startsWith(table.getValue() + "\r\n");
    }
  }

  @Test
  void headerAndEpisodesHoldTheChildrenLookedAfterInTheYearAndTheCareLeaver() throws IOException {
    ReturnsWritten written = write(dir);
    // C001 C004 C005 were looked after in 2025-26; C003 is a care leaver due an OC3 row.
    assertThat(read("ssda903/header.csv"))
        .isEqualTo(
            crlf(
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "C001,F,20/05/2015,WBRI,A12345678901B,,",
                "C003,M,15/06/2006,BAFR,UN2,,",
                "C004,F,01/03/2022,WBRI,UN1,,",
                "C005,U,01/01/2010,AIND,UN1,,"));
    // C004's first episode ended before 1 April 2025; C001's second and C005's are still open.
    assertThat(read("ssda903/episodes.csv"))
        .isEqualTo(
            crlf(
                COLUMNS.get("episodes.csv"),
                "C001,10/01/2024,S,C2,N1,U1,PR1,01/06/2025,X1,,LS1,LS2,",
                "C001,01/06/2025,P,C2,N1,U4,PR1,,,,LS1,LS2,",
                "C004,01/11/2024,P,E1,N1,A5,PR1,01/10/2025,E11,,LS1,LS2,",
                "C005,01/11/2025,S,V2,N1,K2,PR1,,,,LS1,LS2,"));
    assertThat(written.ssda903Children()).isEqualTo(4);
    assertThat(written.ssda903Rows()).containsEntry("episodes.csv", 4).containsEntry("uasc.csv", 0);
  }

  @Test
  void outcomeAdoptionAndSocialWorkerTablesFollowTheRulesOfTheYear() throws IOException {
    write(dir);
    // C001: in care since 10/01/2024, so for 12 months at 31 March; aged 10, SDQ 14 on 01/10/2025,
    // health assessment (HEALTH_ASSESSMENT) and dental check in the year, no immunisation
    // recorded; HEALTH_CHECK (health promotion) is for under-fives only (DfE rule 546).
    assertThat(read("ssda903/oc2.csv"))
        .isEqualTo(crlf(COLUMNS.get("oc2.csv"), "C001,20/05/2015,14,,0,,0,1,1,0,,"));
    // C003: 19th birthday 15/06/2025, contact on 10/06/2025.
    assertThat(read("ssda903/oc3.csv"))
        .isEqualTo(crlf(COLUMNS.get("oc3.csv"), "C003,15/06/2006,YES,F1,B1"));
    // the review of 01/12/2024 is in the year before
    assertThat(read("ssda903/reviews.csv"))
        .isEqualTo(crlf(COLUMNS.get("reviews.csv"), "C001,20/05/2015,01/07/2025,PN1"));
    // SW_ID: the worker's Social Work England number (W2 is SW0002), not OpenCSC's worker ID;
    // SW_REASON the reason for the change that began the episode: a first allocation (FCONTA),
    // then W2 left (LEFTRL)
    assertThat(read("ssda903/sw_episodes.csv"))
        .isEqualTo(
            crlf(
                COLUMNS.get("sw_episodes.csv"),
                "C001,20/05/2015,SW0002,10/01/2024,01/08/2025,FCONTA",
                "C001,20/05/2015,SW0003,01/08/2025,,LEFTRL"));
    assertThat(read("ssda903/ad1.csv"))
        .isEqualTo(
            crlf(COLUMNS.get("ad1.csv"), "C004,01/03/2022,01/06/2023,01/10/2024,1,2,MF,L11"));
    // adopted: the decision to place was never reversed, so no DATE_PLACED_CEASED (rule 558)
    assertThat(read("ssda903/placed_adoption.csv"))
        .isEqualTo(crlf(COLUMNS.get("placed_adoption.csv"), "C004,01/03/2022,01/06/2023,,"));
    assertThat(read("ssda903/prev_perm.csv"))
        .isEqualTo(crlf(COLUMNS.get("prev_perm.csv"), "C005,01/01/2010,P1,,01/05/2012"));
    assertThat(read("ssda903/missing.csv"))
        .isEqualTo(crlf(COLUMNS.get("missing.csv"), "C001,20/05/2015,M,01/09/2025,02/09/2025"));
  }

  @Test
  void cinCensusValidatesAgainstOurSchemaAndHoldsTheOpenReferrals() throws Exception {
    ReturnsWritten written = write(dir);
    Path xml = dir.resolve("cin/cin_census.xml");
    CinCensusSchemaTest.schema().newValidator().validate(new StreamSource(xml.toFile()));

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    // C001 (referral open since 2023), C002 and C005; C006's referral closed in 2024.
    assertThat(xpath.evaluate("count(/Message/Children/Child)", doc)).isEqualTo("3");
    assertThat(written.cinChildren()).isEqualTo(3);
    String c002 = "/Message/Children/Child[ChildIdentifiers/LAchildID='C002']/CINdetails";
    assertThat(xpath.evaluate(c002 + "/ChildProtectionPlans/CPPstartDate", doc))
        .isEqualTo("2025-05-20");
    // the conference is on its section 47 only, never on the CINdetails as well (rule 2884)
    assertThat(xpath.evaluate(c002 + "/Section47/DateOfInitialCPC", doc)).isEqualTo("2025-05-20");
    assertThat(xpath.evaluate("count(//CINdetails/DateOfInitialCPC)", doc)).isEqualTo("0");
    assertThat(xpath.evaluate("count(" + c002 + "/Assessments//AssessmentFactors)", doc))
        .isEqualTo("2");
    assertThat(xpath.evaluate("/Message/Header/CollectionDetails/ReferenceDate", doc))
        .isEqualTo("2026-03-31");
  }

  @Test
  void theWrittenCensusIsRejectedWithAnElementMovedOrABadCode() throws IOException {
    write(dir);
    String census = read("cin/cin_census.xml");
    String nfaFirst =
        census
            .replaceFirst("<ReferralNFA>[01]</ReferralNFA>", "")
            .replaceFirst("<CINdetails>", "<CINdetails><ReferralNFA>0</ReferralNFA>");
    String badSource = census.replaceFirst("<ReferralSource>[^<]*<", "<ReferralSource>11<");
    for (String broken : List.of(nfaFirst, badSource)) {
      assertThat(broken).isNotEqualTo(census);
      assertThatThrownBy(
              () ->
                  CinCensusSchemaTest.schema()
                      .newValidator()
                      .validate(new StreamSource(new StringReader(broken))))
          .isInstanceOf(SAXException.class);
    }
  }

  @Test
  void writingTheSameCouncilTwiceGivesByteIdenticalFiles() throws IOException {
    write(dir.resolve("first"));
    write(dir.resolve("second"));
    List<String> files =
        Stream.concat(
                COLUMNS.keySet().stream().map(f -> "ssda903/" + f), Stream.of("cin/cin_census.xml"))
            .toList();
    for (String file : files) {
      assertThat(Files.readAllBytes(dir.resolve("second").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(file)));
    }
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private static String crlf(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }
}
