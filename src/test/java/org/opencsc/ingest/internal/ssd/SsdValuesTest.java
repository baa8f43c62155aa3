package org.opencsc.ingest.internal.ssd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.ingest.internal.CollectionYear;

/** How SSD values are read, without a database: dates, outcomes, headers, titles, code lists. */
class SsdValuesTest {

  @Test
  void datesAreReadInTheFormsSqlServerAndExcelWriteThem() {
    LocalDate june3 = LocalDate.of(2025, 6, 3);
    assertThat(SsdDates.parse("2025-06-03")).isEqualTo(june3);
    assertThat(SsdDates.parse("2025-06-03 00:00:00.000")).isEqualTo(june3);
    assertThat(SsdDates.parse("2025-06-03T00:00:00")).isEqualTo(june3);
    assertThat(SsdDates.parse("03/06/2025")).isEqualTo(june3);
    assertThat(SsdDates.parse("03/06/2025 00:00")).isEqualTo(june3);
    assertThat(SsdDates.parse("1900-01-01")).isEqualTo(SsdDates.NONE);
    assertThat(SsdDates.parse("2025-02-30")).isNull();
    assertThat(SsdDates.parse("2025-6-3")).isNull();
    assertThat(SsdDates.parse("06/03/25")).isNull();
  }

  @Test
  void aContactsOutcomeIsTheFirstOfReferralEarlyHelpAdviceAndNfaThatIsFlagged() {
    assertThat(
            ContactOutcome.read("{\"ADVICE_FLAG\": \"Y\", \"CP_ENQUIRY_FLAG\": \"y\"}").outcome())
        .isEqualTo("referral");
    assertThat(ContactOutcome.read("{\"EARLY_HELP_FLAG\": \"Y\", \"NFA_FLAG\": \"Y\"}").outcome())
        .isEqualTo("early_help");
    assertThat(ContactOutcome.read("{\"ADVICE_FLAG\": \"Yes\"}").outcome()).isEqualTo("advice");
    assertThat(ContactOutcome.read("{\"NFA_FLAG\": \"Y\", \"NUMBER_OF_OUTCOMES\": 1}"))
        .isEqualTo(new ContactOutcome.Read("nfa", null));
    assertThat(ContactOutcome.read("{\"NFA_FLAG\": \"N\"}").problem()).contains("no outcome flag");
    assertThat(ContactOutcome.read("NFA").outcome()).isNull();
    assertThat(ContactOutcome.read("[1]").outcome()).isNull();
  }

  @Test
  void aHeaderIsAnSsdTablesWhenAllItsFieldsShareOnePrefix() {
    assertThat(SsdSource.headerPrefix("pers_person_id,pers_sex")).isEqualTo("pers");
    assertThat(SsdSource.headerPrefix("\"INVO_PERSON_ID\", \"invo_professional_id\""))
        .isEqualTo("invo");
    assertThat(SsdSource.headerPrefix("pers_person_id,invo_person_id")).isNull();
    assertThat(SsdSource.headerPrefix("CHILD,SEX,DOB")).isNull();
    assertThat(SsdSource.headerPrefix("pers_person_id,")).isNull();
  }

  @Test
  void jobTitlesGiveTheCswwOrgRoleWhateverTheirCaseAndSpacing() {
    JobTitles titles = JobTitles.load();
    assertThat(titles.orgRole("  senior   practitioner ")).hasValue(4);
    assertThat(titles.orgRole("Head of Service")).hasValue(2);
    assertThat(titles.orgRole("Care Coordinator")).isEmpty();
    assertThat(JobTitles.caseHolding(5)).isTrue();
    assertThat(JobTitles.caseHolding(3)).isFalse();
  }

  @Test
  void aYearWithoutACodeListOfItsOwnUses2025to26s() {
    assertThat(SsdSource.codes(new CollectionYear(2027)).allows("pers_sex", "M")).isTrue();
    assertThat(SsdSource.codes(new CollectionYear(2025)).allows("disa_disability_code", "XYZ"))
        .isFalse();
  }

  @Test
  void everyCodeTheDatabaseChecksIsOneItAccepts() {
    var codes = SsdSource.codes(new CollectionYear(2025));
    // child.sex, child_disability.disability and child.upn_unknown are checked by the database
    assertThat(codes.codes("pers_sex")).containsExactlyInAnyOrder("M", "F", "U");
    assertThat(codes.codes("disa_disability_code"))
        .containsExactlyInAnyOrder(
            "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT",
            "DDA");
    assertThat(codes.codes("pers_upn_unknown")).allMatch(c -> c.matches("UN[1-7]"));
  }
}
