package org.opencsc.generator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.generator.TestCouncil;

/**
 * The Standard Safeguarding Dataset extract of the hand-built council, file by file. The expected
 * rows are worked out from {@link TestCouncil}: the IDs and values the snapshot loader loads, dates
 * yyyy-mm-dd, flags Y/N, caseloads counted on 30 September 2025 (the last before 31 March 2026).
 */
class SsdWriterTest {

  @TempDir Path dir;

  @Test
  void everyFileHasTheSsdFieldNamesOfShareDocsB5AsItsHeaderRow() throws IOException {
    SsdWriter.write(TestCouncil.standard(), dir);

    Map<String, String> headers =
        Map.of(
            "ssd_person.csv",
            "pers_person_id,pers_forename,pers_surname,pers_sex,pers_gender,pers_ethnicity,"
                + "pers_dob,pers_common_child_id,pers_legacy_id,pers_upn_unknown,pers_send_flag,"
                + "pers_expected_dob,pers_death_date,pers_is_mother,pers_nationality",
            "ssd_involvements.csv",
            "invo_involvements_id,invo_professional_id,invo_professional_role_id,"
                + "invo_professional_team,invo_involvement_start_date,invo_involvement_end_date,"
                + "invo_worker_change_reason,invo_person_id,invo_referral_id",
            "ssd_professionals.csv",
            "prof_professional_id,prof_staff_id,prof_professional_name,"
                + "prof_social_worker_registration_no,prof_professional_job_title,"
                + "prof_professional_caseload,prof_professional_department,"
                + "prof_full_time_equivalency,prof_agency_worker_flag",
            "ssd_cp_visits.csv",
            "cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date,"
                + "cppv_cp_visit_seen,cppv_cp_visit_seen_alone,cppv_cp_visit_bedroom",
            "ssd_cin_assessments.csv",
            "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
                + "cina_assessment_child_seen,cina_assessment_auth_date,"
                + "cina_assessment_outcome_json,cina_assessment_outcome_nfa,"
                + "cina_assessment_team,cina_assessment_worker_id",
            "ssd_s47_enquiry.csv",
            "s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
                + "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_outcome_json,"
                + "s47e_s47_completed_by_worker_id,s47e_s47_completed_by_team");
    for (Map.Entry<String, String> header : headers.entrySet()) {
      assertThat(lines(header.getKey()).get(0)).as(header.getKey()).isEqualTo(header.getValue());
    }
    try (var files = Files.list(dir.resolve("ssd"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              Arrays.stream(SsdTable.values()).map(SsdTable::fileName).toList());
    }
  }

  @Test
  void theOrganisationIsWrittenWithTheLoadersIds() throws IOException {
    SsdWriter.Result result = SsdWriter.write(TestCouncil.standard(), dir);

    assertThat(data("ssd_department.csv"))
        .containsExactly(
            "SA1,Children in Care,,",
            "SA2,Front Door,,",
            "T1,Care Team 1,SA1,Children in Care",
            "T2,Duty Team,SA2,Front Door");
    // W2 holds A3 and W3 holds A2 on 30/09/2025; A1 ended on 01/08/2025
    assertThat(data("ssd_professionals.csv"))
        .containsExactly(
            "W1,W1,Ann Manager,SW0001,Team Manager,0,Care Team 1,1.0,N",
            "W2,W2,Ben Worker,SW0002,Social Worker,1,Care Team 1,1.0,N",
            "W3,W3,Cat Agency,SW0003,Social Worker,1,Care Team 1,0.8,Y");
    assertThat(data("opencsc_professional_tenure.csv"))
        .containsExactly(
            "W1,T1,2015-01-01,,,",
            "W2,T2,2020-01-01,2024-01-01,,W1",
            "W2,T1,2024-01-01,,,W1",
            "W3,T1,2025-07-01,,,W1");
    assertThat(data("opencsc_supervisions.csv")).containsExactly("S1,W2,W1,2025-09-01");
    assertThat(result.rowsByFile())
        .containsEntry("ssd_department.csv", 4)
        .containsEntry("ssd_person.csv", 6);
  }

  @Test
  void eachChildsRowsCarryTheLoadersIdsAndValues() throws IOException {
    SsdWriter.write(TestCouncil.standard(), dir);

    assertThat(data("ssd_person.csv"))
        .contains(
            "C001,,,F,,WBRI,2015-05-20,,,,,,,,",
            "C003,,,M,,BAFR,2006-06-15,,,UN2,,,,,",
            "C006,,,M,,WOTH,2012-09-09,,,UN1,,,,,");
    assertThat(data("ssd_disability.csv")).containsExactly("C001,C001-DIS1,NONE");
    assertThat(data("ssd_involvements.csv"))
        .containsExactly(
            "A1,W2,Allocated Social Worker,T1,2024-01-10,2025-08-01,LEFTRL,C001,",
            "A2,W3,Allocated Social Worker,T1,2025-08-01,,,C001,",
            "A3,W2,Allocated Social Worker,T1,2025-05-01,,,C002,");
    assertThat(data("ssd_contacts.csv"))
        .containsExactly(
            "K2,C002,2025-05-01,6,,\"{\"\"NEW_REFERRAL_FLAG\"\": \"\"Y\"\", "
                + "\"\"EXISTING_REFERRAL_FLAG\"\": \"\"N\"\", \"\"CP_ENQUIRY_FLAG\"\": \"\"N\"\", "
                + "\"\"NFA_FLAG\"\": \"\"N\"\", \"\"NON_AGENCY_ADOPTION_FLAG\"\": \"\"N\"\", "
                + "\"\"PRIVATE_FOSTERING_FLAG\"\": \"\"N\"\", \"\"ADVICE_FLAG\"\": \"\"N\"\", "
                + "\"\"MISSING_FLAG\"\": \"\"N\"\", \"\"OLA_CP_FLAG\"\": \"\"N\"\", "
                + "\"\"OTHER_OUTCOMES_EXIST_FLAG\"\": \"\"N\"\", \"\"EARLY_HELP_FLAG\"\": \"\"N\"\"}\"");
    // CV1 on 15/07/2025 falls in E2 (from 01/06/2025)
    assertThat(data("ssd_cla_visits.csv")).containsExactly("CV1,E2,C001,2025-07-15,Y,Y");
    assertThat(data("ssd_cp_plans.csv")).containsExactly("CP2,R2,IC2,C002,2025-05-20,,NEG,N,NEG");
    assertThat(data("ssd_cp_visits.csv")).containsExactly("CPV2,C002,CP2,2025-05-27,Y,N,");
    // AS2: seen on its first day, authorised on 10/06/2025 in need (not NFA), when W2 (T1) held
    // the case; its referral is R2, as in ssd_cp_plans
    assertThat(data("ssd_cin_assessments.csv"))
        .containsExactly(
            "AS2,C002,R2,2025-05-02,2025-05-02,2025-06-10,\"{\"\"NFA_FLAG\"\": \"\"N\"\"}\","
                + "N,T1,W2");
    // S47: 03/05/2025 to 20/05/2025, ended in a conference (not NFA), W2 (T1) holding the case
    assertThat(data("ssd_s47_enquiry.csv"))
        .containsExactly("S47,R2,C002,2025-05-03,2025-05-20,N,,W2,T1");
    assertThat(data("ssd_cin_visits.csv")).isEmpty();
    assertThat(data("ssd_early_help_episodes.csv")).isEmpty();
  }

  @Test
  void anEarlyHelpOutcomeSetsTheOpenCscKeyAndOtherOutcomes() {
    assertThat(SsdRows.outcomeJson("early_help"))
        .contains("\"OTHER_OUTCOMES_EXIST_FLAG\": \"Y\"", "\"EARLY_HELP_FLAG\": \"Y\"")
        .contains("\"NEW_REFERRAL_FLAG\": \"N\"");
  }

  @Test
  void caseloadsAreCountedOnTheLastThirtiethOfSeptember() {
    assertThat(SsdWriter.caseloadDay(java.time.LocalDate.of(2026, 3, 31)))
        .isEqualTo(java.time.LocalDate.of(2025, 9, 30));
    assertThat(SsdWriter.caseloadDay(java.time.LocalDate.of(2025, 9, 30)))
        .isEqualTo(java.time.LocalDate.of(2025, 9, 30));
  }

  private List<String> lines(String file) throws IOException {
    return List.of(
        Files.readString(dir.resolve("ssd").resolve(file), StandardCharsets.UTF_8).split("\r\n"));
  }

  private List<String> data(String file) throws IOException {
    List<String> lines = lines(file);
    return lines.subList(1, lines.size());
  }
}
