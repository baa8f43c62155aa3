package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.SAXException;

/** OpenCSC's own CIN census schema accepts a well-formed message and rejects broken ones. */
class CinCensusSchemaTest {

  static final String SCHEMA = "/org/opencsc/generator/cin/cin-census-2025-26.xsd";

  /** One child with every repeated part once, in the order the writer emits it. */
  static final String VALID =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails>
            <Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate>
          </CollectionDetails>
          <Source>
            <SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>OpenCSC</SoftwareCode>
            <Release>2025-26</Release><SerialNo>001</SerialNo><DateTime>2026-03-31T00:00:00</DateTime>
          </Source>
        </Header>
        <Children>
          <Child>
            <ChildIdentifiers>
              <LAchildID>C001</LAchildID><UPNunknown>UN2</UPNunknown>
              <PersonBirthDate>2015-05-20</PersonBirthDate><Sex>F</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics>
              <Ethnicity>WBRI</Ethnicity><Disabilities><Disability>AUT</Disability></Disabilities>
            </ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2025-04-10</CINreferralDate><ReferralSource>5A</ReferralSource>
              <PrimaryNeedCode>N1</PrimaryNeedCode><DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
              <Assessments>
                <AssessmentActualStartDate>2025-04-11</AssessmentActualStartDate>
                <AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate>
                <FactorsIdentifiedAtAssessment>
                  <AssessmentFactors>18B</AssessmentFactors><AssessmentFactors>21</AssessmentFactors>
                </FactorsIdentifiedAtAssessment>
              </Assessments>
              <CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate></CINPlanDates>
              <Section47>
                <S47ActualStartDate>2025-05-03</S47ActualStartDate>
                <InitialCPCtarget>2025-05-24</InitialCPCtarget>
                <DateOfInitialCPC>2025-05-20</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired>
              </Section47>
              <ReferralNFA>0</ReferralNFA>
              <ChildProtectionPlans>
                <CPPstartDate>2025-05-20</CPPstartDate>
                <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                <Reviews><CPPreviewDate>2025-08-20</CPPreviewDate></Reviews>
              </ChildProtectionPlans>
            </CINdetails>
          </Child>
        </Children>
      </Message>
      """;

  static Schema schema() throws SAXException {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(CinCensusSchemaTest.class.getResource(SCHEMA));
  }

  private static void validate(String xml) throws Exception {
    schema().newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void aMessageInTheWritersOrderIsValid() {
    assertThatCode(() -> validate(VALID)).doesNotThrowAnyException();
  }

  @Test
  void theOptionalPreProceedingsBlockIsAcceptedAfterTheProtectionPlans() {
    String withPreProceedings =
        VALID.replace(
            "</ChildProtectionPlans>",
            "</ChildProtectionPlans><PreProceedingsandFGDM><PPStartDate>2025-09-01</PPStartDate>"
                + "<ReviewMeetingsCount>2</ReviewMeetingsCount></PreProceedingsandFGDM>");
    assertThatCode(() -> validate(withPreProceedings)).doesNotThrowAnyException();
  }

  /** why | text in VALID | what replaces it | what the validator's message names. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sex before the birth date       | <PersonBirthDate>2015-05-20</PersonBirthDate><Sex>F</Sex> | <Sex>F</Sex><PersonBirthDate>2015-05-20</PersonBirthDate> | '''PersonBirthDate'''
          ReferralNFA before the S47      | <Section47>                   | <ReferralNFA>0</ReferralNFA><Section47> | '''Section47'''
          CIN plan before the assessment  | <Assessments>                 | <CINPlanDates><CINPlanStartDate>2025-05-02</CINPlanStartDate></CINPlanDates><Assessments> | '''Assessments'''
          sex code 1 of the 2024 schema   | <Sex>F</Sex>                  | <Sex>1</Sex> | '''1'''
          unknown referral source         | <ReferralSource>5A</ReferralSource> | <ReferralSource>5E</ReferralSource> | '''5E'''
          UPNunknown out of range         | <UPNunknown>UN2</UPNunknown>   | <UPNunknown>UN8</UPNunknown> | '''UN8'''
          unknown disability              | <Disability>AUT</Disability>   | <Disability>ASD</Disability> | '''ASD'''
          primary need outside N0-N9      | <PrimaryNeedCode>N1</PrimaryNeedCode> | <PrimaryNeedCode>N10</PrimaryNeedCode> | '''N10'''
          unknown category of abuse       | <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse> | <LatestCategoryOfAbuse>DOM</LatestCategoryOfAbuse> | '''DOM'''
          unknown assessment factor       | <AssessmentFactors>18B</AssessmentFactors> | <AssessmentFactors>8A</AssessmentFactors> | '''8A'''
          yes/no as a word                | <ICPCnotRequired>0</ICPCnotRequired> | <ICPCnotRequired>false</ICPCnotRequired> | '''false'''
          date not yyyy-mm-dd             | <CPPstartDate>2025-05-20</CPPstartDate> | <CPPstartDate>20/05/2025</CPPstartDate> | '''20/05/2025'''
          ReferralNFA missing             | <ReferralNFA>0</ReferralNFA>   | '' | '''ChildProtectionPlans'''
          unknown element                 | <Sex>F</Sex>                  | <Sex>F</Sex><Gender>F</Gender> | '''Gender'''
          """)
  void aBrokenMessageIsRejected(String why, String original, String broken, String reason) {
    String xml = VALID.replace(original, broken);
    assertThat(xml).as("the case changes the document: " + why).isNotEqualTo(VALID);
    assertThatThrownBy(() -> validate(xml))
        .as(why)
        .isInstanceOf(SAXException.class)
        .hasMessageContaining(reason);
  }
}
